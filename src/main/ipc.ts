import { ipcMain } from 'electron';
import type { Service } from '../service/index';
import { BAD_PAYLOAD, isCallPayload, isRendererUrl } from './ipc-payload';

export const CALL_CHANNEL = 'tizim:call';

/** The one channel into the service. Only our own page may call, and only with `{ method, input }`. */
export function serveIpc(service: Service, rendererUrl: string): void {
  ipcMain.handle(CALL_CHANNEL, (event, payload: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isRendererUrl(frameUrl, rendererUrl)) throw new Error(`tizim:call refused from ${frameUrl || 'an unknown frame'}`);
    if (!isCallPayload(payload)) return BAD_PAYLOAD;
    return service.call(payload.method, payload.input);
  });
}
