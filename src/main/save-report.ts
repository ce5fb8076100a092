import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import type { Service } from '../service/index';
import type { Result } from '../service/result';
import { schemas } from '../service/schemas';

// 'reports.save', which only the Electron main process answers: ask where to save (the caller's dialog), then
// stream the workbook to a temporary file beside it and rename it into place, so a failure leaves no half file.
// No Electron import here: main passes the dialog in, and this stays testable in plain Node.

const pad = (n: number): string => String(n).padStart(2, '0');

export function defaultReportName(report: string, electionId: number, today = new Date()): string {
  return `${report}-${electionId}-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.xlsx`;
}

export async function saveReport(
  service: Pick<Service, 'exportReport'>,
  input: unknown,
  askPath: (defaultName: string) => Promise<string | null>,
): Promise<Result<{ path: string | null; rows: number }>> {
  const parsed = schemas['reports.save'].safeParse(input ?? {});
  // The service words the input error; the same input is refused the same way whichever method it came through.
  if (!parsed.success) {
    const refused = await service.exportReport(input, new Writable({ write: (_chunk, _encoding, done) => done() }));
    return refused.ok ? { ok: false, error: { code: 'invalid-input', messageKey: 'error.input.value', params: { path: '' } } } : refused;
  }
  const path = await askPath(defaultReportName(parsed.data.report, parsed.data.electionId));
  if (path === null) return { ok: true, value: { path: null, rows: 0 } };
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const result = await service.exportReport(parsed.data, createWriteStream(temporary));
    if (!result.ok) {
      rmSync(temporary, { force: true });
      return result;
    }
    renameSync(temporary, path);
    return { ok: true, value: { path, rows: result.value.rows } };
  } catch (error) {
    rmSync(temporary, { force: true });
    console.error('tizim: reports.save failed', error);
    return { ok: false, error: { code: 'internal', messageKey: 'error.internal' } };
  }
}
