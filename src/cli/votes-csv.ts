import { readFileSync } from 'node:fs';
import { CliFailure, EXIT } from './failure';

// The vote count file of `tizim seats`: rows `party_code,votes` and one row `against-all,N`, a header optional.

export const AGAINST_ALL = 'against-all';

export interface VoteFile {
  againstAll: number;
  votes: { code: string; votes: number; line: number }[];
}

const fail = (key: string, params: Record<string, string | number>): CliFailure => new CliFailure(key, params, EXIT.cannotRun);

export function readVoteFile(file: string, knownCodes: ReadonlySet<string>): VoteFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw fail('seats.cannotRead', { file, detail: e instanceof Error ? e.message : String(e) });
  }
  let againstAll: number | null = null;
  const votes: VoteFile['votes'] = [];
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      if (raw.trim() === '') return;
      const fields = raw.split(/[,;]/).map((f) => f.trim().replace(/^"(.*)"$/, '$1'));
      if (fields.length !== 2) throw fail('seats.badRow', { file, line });
      const [code = '', value = ''] = fields;
      // A first line whose count is not a number is the header.
      if (line === 1 && !/^\d/.test(value)) return;
      if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) throw fail('seats.badVotes', { file, line, value });
      const key = code.toLowerCase();
      if (seen.has(key)) throw fail('seats.twice', { file, line, code });
      seen.add(key);
      if (key === AGAINST_ALL) againstAll = Number(value);
      else if (!knownCodes.has(key)) throw fail('seats.unknownParty', { file, line, code });
      else votes.push({ code: key, votes: Number(value), line });
    });
  if (againstAll === null) throw fail('seats.noAgainstAll', { file });
  return { againstAll, votes };
}
