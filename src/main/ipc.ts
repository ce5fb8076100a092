import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { Service } from '../service/index';
import { BAD_PAYLOAD, isCallPayload, isRendererUrl } from './ipc-payload';
import { savePdf } from './save-pdf';
import { saveReport } from './save-report';

export const CALL_CHANNEL = 'tizim:call';

/** A save dialog for one kind of file: the chosen path, or null when the clerk cancels. */
function askPath(window: BrowserWindow | null, name: string, extension: string) {
  return async (defaultName: string): Promise<string | null> => {
    const options = { defaultPath: defaultName, filters: [{ name, extensions: [extension] }] };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  };
}

/** The one channel into the service. Only our own page may call, and only with `{ method, input }`. */
export function serveIpc(service: Service, rendererUrl: string): void {
  ipcMain.handle(CALL_CHANNEL, (event, payload: unknown) => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isRendererUrl(frameUrl, rendererUrl)) throw new Error(`tizim:call refused from ${frameUrl || 'an unknown frame'}`);
    if (!isCallPayload(payload)) return BAD_PAYLOAD;
    // The methods main answers itself: each needs a save dialog and writes a file.
    const window = BrowserWindow.fromWebContents(event.sender);
    if (payload.method === 'print.savePdf') return savePdf(event.sender, payload.input, askPath(window, 'PDF', 'pdf'));
    if (payload.method === 'reports.save') return saveReport(service, payload.input, askPath(window, 'Excel', 'xlsx'));
    return service.call(payload.method, payload.input);
  });
}
