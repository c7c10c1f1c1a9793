/** Replaces the database name of a PostgreSQL URL (shared by the scripts and the test setup). */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
