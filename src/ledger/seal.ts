import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { SealProblem } from '../domain/seals';
import { canonicalJson } from './canonical';
import { syncFolder } from './durable-file';
import { ledgerIdOf } from './identity';
import { entryHash, journalHead, type JournalRow } from './journal';
import { stmt } from './statements';

// Issue 14, item 2: the journal anchored outside the file. Someone with the file can delete the last entries, append
// a correctly hashed forged one, or recompute the whole chain after an edit, and the chain alone still holds. A seal
// is the journal's position and head hash at a moment, signed with an Ed25519 key that is not in the ledger; a
// ledger "holds" a seal when its journal still has, at that position, that very entry. A rollback (fewer entries)
// or a rewrite (another entry there) is then found, whatever the chain says.

export const SEAL_FORMAT = 'tizim-seal-1';

export interface SealBody {
  format: typeof SEAL_FORMAT;
  ledgerId: string;
  /** The journal's position: the number of its last entry (0 for an empty journal). */
  seq: number;
  headHash: string;
  /** When it was sealed (ISO 8601, UTC). */
  at: string;
  /** SHA-256 of the public key, hex: which key signed it. */
  keyId: string;
  /** The public key (raw, base64), so that a seal can be checked where its key file is not. */
  publicKey: string;
}

export interface Seal extends SealBody {
  /** Ed25519 over the canonical JSON of the body, base64. */
  signature: string;
}

export interface SealKey {
  privateKey: KeyObject;
  keyId: string;
  publicKey: string;
}

/** Where a ledger's signing key is kept unless the administrator says otherwise: beside the ledger, mode 0600. */
export const defaultSealKeyPath = (ledgerPath: string): string => `${ledgerPath}.seal-key.pem`;

/** Where the desk keeps the last seal it made of a ledger: beside it, outside the file. */
export const lastSealPath = (ledgerPath: string): string => `${ledgerPath}.last-seal.json`;

function publicParts(privateKey: KeyObject): { keyId: string; publicKey: string } {
  const raw = createPublicKey(privateKey).export({ format: 'der', type: 'spki' });
  // The last 32 bytes of an Ed25519 SPKI are the key itself.
  const key = raw.subarray(raw.length - 32);
  return { keyId: createHash('sha256').update(key).digest('hex'), publicKey: key.toString('base64') };
}

/** The signing key at `path`; made there (mode 0600) when `create` and there is none yet. Null when absent. */
export function loadSealKey(path: string, options: { create: boolean }): SealKey | null {
  if (!existsSync(path)) {
    if (!options.create) return null;
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' });
    // Written aside and linked into place: two desks making the key at once keep one of them, never a mix.
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.new`);
    writeFileSync(temporary, pem, { mode: 0o600 });
    try {
      linkSync(temporary, path);
      syncFolder(dirname(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      rmSync(temporary, { force: true });
    }
  }
  const privateKey = createPrivateKey(readFileSync(path));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${path} is not an Ed25519 key`);
  return { privateKey, ...publicParts(privateKey) };
}

const bodyOf = (seal: SealBody): string =>
  canonicalJson({ format: seal.format, ledgerId: seal.ledgerId, seq: seal.seq, headHash: seal.headHash, at: seal.at, keyId: seal.keyId, publicKey: seal.publicKey });

/** A seal of the ledger as it stands: its journal's position and head hash, now. */
export function makeSeal(db: Database, key: SealKey, at: string): Seal {
  const head = journalHead(db);
  const body: SealBody = { format: SEAL_FORMAT, ledgerId: ledgerIdOf(db), seq: head.seq, headHash: head.hash, at, keyId: key.keyId, publicKey: key.publicKey };
  return { ...body, signature: sign(null, Buffer.from(bodyOf(body), 'utf8'), key.privateKey).toString('base64') };
}

/** A seal read back from its JSON, or null when it is not one. */
export function parseSeal(text: string): Seal | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  const hex = (v: unknown, n: number) => typeof v === 'string' && new RegExp(`^[0-9a-f]{${n}}$`).test(v);
  if (
    s.format !== SEAL_FORMAT ||
    typeof s.ledgerId !== 'string' ||
    !Number.isSafeInteger(s.seq) ||
    (s.seq as number) < 0 ||
    !hex(s.headHash, 64) ||
    typeof s.at !== 'string' ||
    !hex(s.keyId, 64) ||
    typeof s.publicKey !== 'string' ||
    typeof s.signature !== 'string'
  )
    return null;
  return s as unknown as Seal;
}

export function readSeal(path: string): Seal | null {
  try {
    return parseSeal(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

export type { SealProblem };

export type SealCheck = { held: true; seal: Seal; entriesAfter: number } | { held: false; problem: SealProblem };

/**
 * Whether the seal is genuine: signed by `key` when given (the desk's own key), else by the key it names (a seal
 * checked where its key is not: the key's id is then what the administrator compares).
 */
export function sealSigned(seal: Seal, key: SealKey | null): SealProblem | null {
  if (key !== null && seal.keyId !== key.keyId) return { reason: 'otherKey', keyId: seal.keyId };
  let publicKey: KeyObject;
  try {
    const raw = Buffer.from(seal.publicKey, 'base64');
    if (raw.length !== 32 || createHash('sha256').update(raw).digest('hex') !== seal.keyId) return { reason: 'signature' };
    publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
  } catch {
    return { reason: 'signature' };
  }
  const ok = verify(null, Buffer.from(bodyOf(seal), 'utf8'), publicKey, Buffer.from(seal.signature, 'base64'));
  return ok ? null : { reason: 'signature' };
}

/** A journal position another file vouches for: a seal's, or a backup's own head. */
export interface Position {
  ledgerId: string;
  seq: number;
  headHash: string;
  /** When that position was taken (ISO 8601), for the message. */
  at: string;
}

/**
 * Whether the ledger still holds a position: the same ledger, and at that position an entry whose hash is the one
 * vouched for and whose own content gives that hash. The chain before it is `verify`'s to prove; with it, every
 * entry up to the position is then the one that was there.
 */
export function positionHeld(db: Database, position: Position): SealProblem | null {
  const ledgerId = ledgerIdOf(db);
  if (position.ledgerId !== ledgerId) return { reason: 'otherLedger', ledgerId: position.ledgerId, found: ledgerId };
  if (position.seq === 0) return null;
  const head = journalHead(db);
  if (head.seq < position.seq) return { reason: 'shorter', seq: position.seq, entries: head.seq, at: position.at };
  const row = stmt(db, 'SELECT * FROM journal WHERE seq = ?').get(position.seq) as JournalRow | undefined;
  if (row === undefined || row.hash !== position.headHash || entryHash(row.prev_hash, row, row.change) !== row.hash)
    return { reason: 'differs', seq: position.seq, at: position.at };
  return null;
}

/** Whether the ledger holds what was sealed: a genuine seal (sealSigned) of a position it still holds. */
export function sealHeld(db: Database, seal: Seal, key: SealKey | null): SealCheck {
  const problem = sealSigned(seal, key) ?? positionHeld(db, seal);
  return problem === null ? { held: true, seal, entriesAfter: journalHead(db).seq - seal.seq } : { held: false, problem };
}
