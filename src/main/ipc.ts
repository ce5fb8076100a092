import { BrowserWindow, dialog, ipcMain } from 'electron';
import type { Service } from '../service/index';
import type { Result } from '../service/result';
import { BAD_PAYLOAD, isCallPayload, isRendererUrl } from './ipc-payload';
import { openImport, type AskOpen, type OpenedNames } from './open-import';
import type { AskPath } from './save-file';
import { saveErrors, saveTemplate } from './save-import-files';
import { savePdf } from './save-pdf';
import { saveReport } from './save-report';

export const CALL_CHANNEL = 'tizim:call';

/** A save dialog for one kind of file: the chosen path, or null when the clerk cancels. */
function askPath(window: BrowserWindow | null, name: string, extension: string): AskPath {
  return async (defaultName) => {
    const options = { defaultPath: defaultName, filters: [{ name, extensions: [extension] }] };
    const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  };
}

/** An open dialog for one workbook: its path, or null when the clerk cancels. */
function askOpen(window: BrowserWindow | null): AskOpen {
  return async () => {
    const options = { properties: ['openFile' as const], filters: [{ name: 'Excel', extensions: ['xlsx'] }] };
    const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  };
}

/** The one channel into the service. Only our own page may call, and only with `{ method, input }`. */
export function serveIpc(service: Service, rendererUrl: string): void {
  const opened: OpenedNames = new Map();
  ipcMain.handle(CALL_CHANNEL, (event, payload: unknown): Promise<Result<unknown>> | Result<unknown> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isRendererUrl(frameUrl, rendererUrl)) throw new Error(`tizim:call refused from ${frameUrl || 'an unknown frame'}`);
    if (!isCallPayload(payload)) return BAD_PAYLOAD;
    // The methods main answers itself: each needs a dialog, and the save ones write a file.
    const window = BrowserWindow.fromWebContents(event.sender);
    const excel = (): AskPath => askPath(window, 'Excel', 'xlsx');
    switch (payload.method) {
      case 'print.savePdf':
        return savePdf(event.sender, payload.input, askPath(window, 'PDF', 'pdf'));
      case 'reports.save':
        return saveReport(service, payload.input, excel());
      case 'imports.open':
        return openImport(service, payload.input, askOpen(window), opened);
      case 'imports.saveTemplate':
        return saveTemplate(service, payload.input, excel());
      case 'imports.saveErrors':
        return saveErrors(service, payload.input, (id) => opened.get(id), excel());
      default:
        return service.callAsync(payload.method, payload.input);
    }
  });
}
