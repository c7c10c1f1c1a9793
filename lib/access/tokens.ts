import { createHash, randomBytes } from "node:crypto";

/** A new invitation token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

/** SHA-256 of a token, hex: what the database keeps and looks up by. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
