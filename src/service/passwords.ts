import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are kept only as a slow, salted hash: scrypt, from Node's own crypto (no native module to build for two
// runtimes, nothing more to keep up to date). Argon2id would be the first choice, but Node 22 — the desk's runtime
// in Node and in Electron — has no Argon2 of its own, and its packages are native builds. scrypt with N = 2^17,
// r = 8, p = 1 is OWASP's recommended setting (128 MiB, about 0.3 s here); it runs on libuv's thread pool, so a
// sign-in never stalls the answers to the other workstations.
//
// Stored as `scrypt$N$r$p$salt$hash` (base64), so that a later change of the setting still reads old hashes.

/** log2 of scrypt's N, the cost: 17 in use; a test may ask less of the machine, as any caller may ask more. */
export const PASSWORD_COST = 17;
const R = 8;
const P = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  const maxmem = 128 * (options.N ?? 0) * (options.r ?? 0) * 2;
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEY_BYTES, { ...options, maxmem }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

export async function hashPassword(password: string, cost = PASSWORD_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const N = 2 ** cost;
  const key = await derive(password, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether the password is the one the hash was made of; false for a hash this desk cannot read. */
export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash that matches no password: what a sign-in of an unknown name is checked against, so it takes as long. */
export function noPassword(cost = PASSWORD_COST): string {
  return `scrypt$${2 ** cost}$${R}$${P}$${randomBytes(SALT_BYTES).toString('base64')}$${randomBytes(KEY_BYTES).toString('base64')}`;
}
