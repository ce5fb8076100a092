import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { Service } from '../service/index';
import { BAD_PAYLOAD, isCallPayload, isRendererUrl } from './ipc-payload';
import { saveReport } from './save-report';

export const CALL_CHANNEL = 'tizim:call';

/** The one channel into the service. Only our own page may call, and only with `{ method, input }`. */
export function serveIpc(service: Service, rendererUrl: string): void {
  ipcMain.handle(CALL_CHANNEL, (event, payload: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isRendererUrl(frameUrl, rendererUrl)) throw new Error(`tizim:call refused from ${frameUrl || 'an unknown frame'}`);
    if (!isCallPayload(payload)) return BAD_PAYLOAD;
    // The one method main answers itself: it needs a save dialog and streams a file.
    if (payload.method === 'reports.save') {
      const window = BrowserWindow.fromWebContents(event.sender);
      return saveReport(service, payload.input, async (defaultName) => {
        const options = { defaultPath: defaultName, filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
        const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
        return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
      });
    }
    return service.call(payload.method, payload.input);
  });
}
