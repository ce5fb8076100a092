import { expect, it } from 'vitest';
import { hashPassword, noPassword, passwordMatches, PASSWORD_COST } from '../../src/service/passwords';

// Passwords are kept as scrypt hashes with OWASP's recommended cost (N = 2^17, r = 8, p = 1) and a salt of their own.

it('hashes with the recommended cost and a fresh salt, and matches only the password it was made of', async () => {
  expect(PASSWORD_COST).toBe(17);
  const hash = await hashPassword('долгий пароль 2023');
  expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
  expect(await hashPassword('долгий пароль 2023')).not.toBe(hash);
  expect(await passwordMatches('долгий пароль 2023', hash)).toBe(true);
  expect(await passwordMatches('долгий пароль 2024', hash)).toBe(false);
  // The same letters however the keyboard composed them (Ё as one code point or as Е with a diaeresis).
  const composed = await hashPassword('Ёлкина 2023 пароль', 12);
  expect(await passwordMatches('Ёлкина 2023 пароль'.normalize('NFD'), composed)).toBe(true);
});

it('matches nothing against a hash it cannot read, nor against the stand-in for an unknown name', async () => {
  expect(await passwordMatches('x', 'plain text')).toBe(false);
  expect(await passwordMatches('x', 'bcrypt$10$abc')).toBe(false);
  expect(await passwordMatches('', noPassword(12))).toBe(false);
});
