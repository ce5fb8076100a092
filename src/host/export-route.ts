import type { IncomingMessage, ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import { readCall, type CallTarget } from './api-route';
import { refuse, sendJson } from './transport-error';

// POST /export: a report's .xlsx, streamed as it is written. The headers go out with the first bytes of the
// workbook, so a request the service refuses (bad input, an unknown election) still gets the JSON Result as /api does.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const pad = (n: number): string => String(n).padStart(2, '0');

/** `<report>-<electionId>-<yyyy-mm-dd>.xlsx`, the name the save dialog and the download offer. */
export function reportFileName(input: { report?: unknown; electionId?: unknown }, today = new Date()): string {
  const report = typeof input.report === 'string' && /^[a-z-]{1,40}$/.test(input.report) ? input.report : 'report';
  const election = typeof input.electionId === 'number' && Number.isSafeInteger(input.electionId) ? input.electionId : 0;
  return `${report}-${election}-${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}.xlsx`;
}

export async function handleExport(req: IncomingMessage, res: ServerResponse, service: CallTarget, token: string): Promise<void> {
  const read = await readCall(req, res, token);
  if (read === null) return;
  if (!service.exportReport) {
    refuse(res, 'not-found', { path: '/export' });
    return;
  }
  const input = read.input as { report?: unknown; electionId?: unknown };
  const headers = {
    'Content-Type': XLSX_TYPE,
    'Content-Disposition': `attachment; filename="${reportFileName(input ?? {})}"`,
    'Cache-Control': 'no-store',
  };
  const body = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!res.headersSent) res.writeHead(200, headers);
      if (res.write(chunk)) done();
      else res.once('drain', () => done());
    },
    final(done) {
      if (!res.headersSent) res.writeHead(200, headers);
      res.end(done);
    },
  });
  res.once('close', () => {
    if (!res.writableFinished) body.destroy(new Error('the client went away'));
  });
  const result = await service.exportReport(read.input, body);
  if (!result.ok) {
    if (!res.headersSent) sendJson(res, 200, result);
    else res.destroy();
  }
}
