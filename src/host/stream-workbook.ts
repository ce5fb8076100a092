import type { ServerResponse } from 'node:http';
import { Writable } from 'node:stream';
import type { Result } from '../service/result';
import { sendJson } from './transport-error';

// A workbook streamed to the browser as it is written (POST /file/<method>). The headers go out with
// the first bytes of the workbook, so a request the service refuses (bad input, an unknown election, a file that
// cannot be read) still gets the JSON Result as /api does.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** `attachment; filename="…"`, with the UTF-8 name as `filename*` (RFC 6266) when it is not plain ASCII. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export async function streamWorkbook(
  res: ServerResponse,
  fileName: string,
  write: (out: NodeJS.WritableStream) => Promise<Result<{ rows: number }>>,
): Promise<void> {
  const headers = { 'Content-Type': XLSX_TYPE, 'Content-Disposition': attachment(fileName), 'Cache-Control': 'no-store' };
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
  const result = await write(body);
  if (!result.ok) {
    body.destroy();
    // Once the file has begun, a refusal (the clerk's stop, a failure) can only cut the response off, unfinished:
    // the browser then drops the download instead of keeping half a workbook.
    if (!res.headersSent) sendJson(res, 200, result);
    else res.destroy();
  }
}
