/** The portal's public address (AUTH_URL) joined with a path: for links in e-mails, feeds and printed pages. */
export function publicUrl(path = ""): string {
  const base = (process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path}`;
}
