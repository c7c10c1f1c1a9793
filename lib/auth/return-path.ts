/** Where to go after sign-in: only a path inside the portal, never another site (no open redirect). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 500) return "/";
  return /^\/(?![/\\])[\w\-./?=&#%]*$/.test(value) ? value : "/";
}
