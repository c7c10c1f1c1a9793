import { getTranslations } from "next-intl/server";
import { SkipLink } from "@/components/ds";

export const MAIN_ID = "hovedinnhold";

export async function SkipToMain() {
  const t = await getTranslations("nav");
  return <SkipLink href={`#${MAIN_ID}`}>{t("skipToMain")}</SkipLink>;
}
