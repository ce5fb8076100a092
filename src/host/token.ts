import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret for one launch of the host: 32 random bytes, URL-safe. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Compares in constant time; hashing first makes both sides the same length whatever was sent. */
export function tokenMatches(sent: string, expected: string): boolean {
  const a = createHash('sha256').update(sent).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (header === undefined) return null;
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header.trim());
  return match?.[1] ?? null;
}
