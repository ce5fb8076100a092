import type { IncomingMessage, ServerResponse } from 'node:http';
import { reportFileName as nameOfReport } from '../domain/file-names';
import { readCall, type CallTarget } from './api-route';
import { streamWorkbook } from './stream-workbook';
import { refuse } from './transport-error';

// POST /export: a report's .xlsx, streamed as it is written.

export { XLSX_TYPE } from './stream-workbook';

/** `<report>-<electionId>-<yyyy-mm-dd>.xlsx`, the name the save dialog and the download offer. */
export function reportFileName(input: { report?: unknown; electionId?: unknown }, today = new Date()): string {
  const report = typeof input.report === 'string' && /^[a-z-]{1,40}$/.test(input.report) ? input.report : 'report';
  const election = typeof input.electionId === 'number' && Number.isSafeInteger(input.electionId) ? input.electionId : 0;
  return nameOfReport(report, election, today);
}

export async function handleExport(req: IncomingMessage, res: ServerResponse, service: CallTarget, token: string): Promise<void> {
  const read = await readCall(req, res, token);
  if (read === null) return;
  const exportReport = service.exportReport?.bind(service);
  if (!exportReport) {
    refuse(res, 'not-found', { path: '/export' });
    return;
  }
  const input = (read.input ?? {}) as { report?: unknown; electionId?: unknown };
  await streamWorkbook(res, reportFileName(input), (out) => exportReport(read.input, out));
}
