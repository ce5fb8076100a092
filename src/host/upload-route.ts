import type { IncomingMessage, ServerResponse } from 'node:http';
import { admitPost, callerOf, type CallTarget } from './api-route';
import type { Gate } from './gate';
import { sendJson, refuse } from './transport-error';
import { UploadTooLarge, type Uploads } from './uploads';

// POST /upload: the bytes of the workbook a clerk chose in the browser mode, its name percent-encoded in
// X-File-Name. The host keeps the file and hands back only the id the service registers it under: the page never
// names a path on this machine.

export const FILE_NAME_HEADER = 'x-file-name';
const FALLBACK_NAME = 'import.xlsx';

/** The clerk's file name from the header: decoded, without folders or control characters, at most 255 characters. */
export function uploadedName(header: string | string[] | undefined): string {
  if (typeof header !== 'string') return FALLBACK_NAME;
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch {
    return FALLBACK_NAME;
  }
  // Direction overrides (U+202E and its kin) would show «exe.xlsx» for «xslx.exe»: removed with the controls.
  const base = (decoded.split(/[\\/]/).pop() ?? '').replace(/[\p{Cc}\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '').trim().slice(0, 255);
  return base === '' ? FALLBACK_NAME : base;
}

export async function handleUpload(
  req: IncomingMessage,
  res: ServerResponse,
  service: CallTarget,
  gate: Gate,
  uploads: Uploads,
  limit: number,
): Promise<void> {
  if (!admitPost(req, res, gate)) return;
  // Only someone who may import may leave a file here: asked before a byte is kept.
  const permitted = service.permit('imports.preview', callerOf(req, gate));
  if (!permitted.ok) {
    req.resume();
    sendJson(res, 200, permitted);
    return;
  }
  if (Number(req.headers['content-length'] ?? 0) > limit) {
    refuse(res, 'too-large', { limit }, { Connection: 'close' });
    req.resume();
    return;
  }
  const name = uploadedName(req.headers[FILE_NAME_HEADER]);
  let path: string;
  try {
    path = await uploads.receive(req, limit);
  } catch (error) {
    if (error instanceof UploadTooLarge) refuse(res, 'too-large', { limit }, { Connection: 'close' });
    else res.destroy();
    return;
  }
  const fileId = service.registerImportFile(path, name);
  sendJson(res, 200, { ok: true, value: { fileId, file: name } });
}
