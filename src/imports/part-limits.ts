// Issue 14, item 3: a workbook's parts are counted as they are unpacked, not as the zip says. A zip may claim 1,000
// bytes for shared strings that inflate to 4 GB, or a styles part of 3.7 GB; exceljs believes it and caches them
// all. Every entry the zip stream yields is measured as its inflated bytes are written, and the first byte over its
// part's limit (or over the whole file's) stops the reading: the entry fails with PartTooLarge and the file is closed.

/** Bytes one part may unpack to. A 200,000-row sheet of the template is about 120 MB. */
export interface PartLimits {
  sharedStrings: number;
  styles: number;
  worksheet: number;
  /** Every other part: the workbook, relationships, themes, document properties, anything unknown. */
  other: number;
  /** All parts together. */
  total: number;
}

export const DEFAULT_PART_LIMITS: PartLimits = {
  sharedStrings: 50 * 1024 * 1024,
  styles: 16 * 1024 * 1024,
  worksheet: 256 * 1024 * 1024,
  other: 16 * 1024 * 1024,
  total: 400 * 1024 * 1024,
};

export class PartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part} unpacks to more than ${limit} bytes`);
  }
}

function limitOf(path: string, limits: PartLimits): number {
  if (path === 'xl/sharedStrings.xml') return limits.sharedStrings;
  if (path === 'xl/styles.xml') return limits.styles;
  if (/^xl\/worksheets\/sheet\d+\.xml$/.test(path)) return limits.worksheet;
  return limits.other;
}

interface ZipEntryStream {
  path?: unknown;
  write: (chunk: unknown, ...rest: unknown[]) => boolean;
  destroy: (error?: Error) => void;
}

/**
 * Measures the entries a zip parser (unzipper's Parse, as exceljs pipes the file into it) pushes: each entry's
 * write is counted, and over the limit the entry is failed and `stop` called (which closes the file).
 */
export function measureEntries(
  parser: NodeJS.WritableStream,
  limits: PartLimits,
  stop: (error: PartTooLarge) => void,
  /** Told of each row a worksheet part marks hidden: exceljs's streaming reader drops the attribute. */
  onHiddenRow?: (part: string, row: number) => void,
): void {
  const target = parser as unknown as { push?: (chunk: unknown, encoding?: unknown) => boolean };
  const push = target.push;
  if (typeof push !== 'function') return;
  let total = 0;
  let stopped: PartTooLarge | null = null;
  target.push = function measured(this: unknown, chunk: unknown, encoding?: unknown): boolean {
    const entry = chunk as ZipEntryStream | null;
    if (entry !== null && typeof entry === 'object' && typeof entry.path === 'string' && typeof entry.write === 'function') {
      const path = entry.path;
      const limit = limitOf(path, limits);
      const write = entry.write.bind(entry);
      const seeRows = onHiddenRow !== undefined && /^xl\/worksheets\/sheet\d+\.xml$/.test(path) ? hiddenRowsOf(path, onHiddenRow) : null;
      let unpacked = 0;
      entry.write = (data: unknown, ...rest: unknown[]): boolean => {
        if (stopped !== null) return false;
        const length = typeof data === 'string' ? Buffer.byteLength(data) : (data as { length?: number }).length ?? 0;
        unpacked += length;
        total += length;
        if (unpacked > limit || total > limits.total) {
          stopped = unpacked > limit ? new PartTooLarge(path, limit) : new PartTooLarge('*', limits.total);
          stop(stopped);
          // The error goes to the zip parser, which exceljs reads. The entry itself is ended, not failed: exceljs
          // may be copying it into a temporary file and waits for that copy to finish, and a failed entry would
          // leave it waiting for ever (the process then just ends, saying nothing).
          (entry as unknown as NodeJS.EventEmitter).on('error', () => undefined);
          (entry as unknown as { end: () => void }).end();
          (parser as unknown as { destroy: (e: Error) => void }).destroy(stopped);
          return false;
        }
        seeRows?.(data);
        return write(data, ...rest);
      };
    }
    return push.call(this, chunk, encoding);
  };
}

/** Finds `<row r="N" … hidden="1">` in a sheet's XML as it streams, across the chunks' seams. */
function hiddenRowsOf(part: string, onHiddenRow: (part: string, row: number) => void): (data: unknown) => void {
  let carry = '';
  const seen = new Set<number>();
  return (data) => {
    const text = carry + (typeof data === 'string' ? data : Buffer.isBuffer(data) ? data.toString('latin1') : '');
    const tags = /<row\b([^>]*)>/g;
    let last = 0;
    for (let m = tags.exec(text); m !== null; m = tags.exec(text)) {
      last = tags.lastIndex;
      const attributes = m[1] ?? '';
      if (!/\bhidden\s*=\s*["'](1|true)["']/.test(attributes)) continue;
      const r = /\br\s*=\s*["'](\d+)["']/.exec(attributes);
      const row = r ? Number(r[1]) : NaN;
      if (Number.isSafeInteger(row) && !seen.has(row)) {
        seen.add(row);
        onHiddenRow(part, row);
      }
    }
    // An unfinished tag at the end is looked at again with the next chunk.
    const open = text.lastIndexOf('<row');
    carry = open >= last ? text.slice(open, open + 4096) : '';
  };
}
