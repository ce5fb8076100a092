import type { IncomingMessage, ServerResponse } from 'node:http';
import { callerOf, jobIdOf, readCall, type CallTarget } from './api-route';
import type { Gate } from './gate';
import { streamWorkbook } from './stream-workbook';
import { refuse, sendJson } from './transport-error';

// POST /file/<method>: the workbook of one of the service's file methods (a report, an import's template or error
// report), streamed as it is written, under the name the service gives it. A refusal (the input, the election, a
// file that cannot be read; a method that is not a file method) is answered as JSON, as /api answers. The page may
// follow the writing by the id it sends (X-Tizim-Job, as /api) and stop it: the response is then cut off.

export async function handleFile(req: IncomingMessage, res: ServerResponse, service: CallTarget, gate: Gate, method: string): Promise<void> {
  const read = await readCall(req, res, gate);
  if (read === null) return;
  if (service.kindOf(method) !== 'streams-file') {
    refuse(res, 'not-found', { path: `/file/${method.slice(0, 80)}` });
    return;
  }
  const prepared = await service.prepareFile(method, read.input, callerOf(req, gate), jobIdOf(req));
  if (!prepared.ok) {
    sendJson(res, 200, prepared);
    return;
  }
  await streamWorkbook(res, prepared.value.fileName, (out) => prepared.value.write(out));
}
