import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { Pagination, PaginationButton, PaginationItem, PaginationList } from "@/components/ds";
import { pageWindow } from "@/lib/pagination";

/**
 * Links to the pages of a long list, Designsystemet's pager as plain links (works without
 * JavaScript): previous, the first and last page, the pages around the current one, next.
 */
export async function PageLinks({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
  label: string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("list");
  return (
    <Pagination aria-label={label} className="mt-6">
      <PaginationList>
        {page > 1 ? (
          <PaginationItem>
            <PaginationButton asChild variant="tertiary">
              <NextLink href={href(page - 1)}>{t("previousPage")}</NextLink>
            </PaginationButton>
          </PaginationItem>
        ) : null}
        {pageWindow(page, pages).map((n, i) =>
          n === 0 ? (
            <PaginationItem key={`gap-${i}`}>
              <span aria-hidden="true">…</span>
            </PaginationItem>
          ) : (
            <PaginationItem key={n}>
              <PaginationButton
                asChild
                variant={n === page ? "primary" : "tertiary"}
                aria-current={n === page ? "page" : undefined}
              >
                <NextLink href={href(n)} aria-label={t("pageN", { n })}>
                  {n}
                </NextLink>
              </PaginationButton>
            </PaginationItem>
          ),
        )}
        {page < pages ? (
          <PaginationItem>
            <PaginationButton asChild variant="tertiary">
              <NextLink href={href(page + 1)}>{t("nextPage")}</NextLink>
            </PaginationButton>
          </PaginationItem>
        ) : null}
      </PaginationList>
    </Pagination>
  );
}
