import { env } from "@/lib/env";

/** The portal's public address (AUTH_URL) joined with a path: for links in e-mails, feeds and printed pages. */
export function publicUrl(path = ""): string {
  return `${env().AUTH_URL.replace(/\/+$/, "")}${path}`;
}

/** Whether the portal is served over https, and so whether its cookies are `Secure`. */
export function servedOverHttps(): boolean {
  return env().AUTH_URL.startsWith("https://");
}
