import { BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import type { Service } from '../service/index';
import type { Result } from '../service/result';
import type { Desk } from './desk';
import { callDesk, isDeskMethod } from './desk-methods';
import { BAD_PAYLOAD, isCallPayload, isRendererUrl } from './ipc-payload';

export const CALL_CHANNEL = 'tizim:call';

const FILTERS: Record<'xlsx' | 'pdf', Electron.FileFilter> = { xlsx: { name: 'Excel', extensions: ['xlsx'] }, pdf: { name: 'PDF', extensions: ['pdf'] } };

/** The desk of the window that called: its dialogs, its page, and the service. */
function deskOf(service: Service, sender: WebContents): Desk {
  const window = BrowserWindow.fromWebContents(sender);
  return {
    service,
    async askSave(defaultName, type) {
      const options = { defaultPath: defaultName, filters: [FILTERS[type]] };
      const chosen = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    async askOpen(words) {
      const options = {
        title: words.title,
        buttonLabel: words.buttonLabel,
        properties: ['openFile' as const],
        filters: [{ ...FILTERS.xlsx, name: words.filterName }],
      };
      const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    printToPdf: (request) => sender.printToPDF(request),
  };
}

/**
 * The one channel into the service. Only our own page may call, and only with `{ method, input }`. The desk's own
 * methods (the dialogs) are answered here; every other goes to the service, whose file methods the desk window
 * reaches through them.
 */
export function serveIpc(service: Service, rendererUrl: string): void {
  ipcMain.handle(CALL_CHANNEL, (event, payload: unknown): Promise<Result<unknown>> | Result<unknown> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isRendererUrl(frameUrl, rendererUrl)) throw new Error(`tizim:call refused from ${frameUrl || 'an unknown frame'}`);
    if (!isCallPayload(payload)) return BAD_PAYLOAD;
    if (isDeskMethod(payload.method)) return callDesk(payload.method, payload.input, deskOf(service, event.sender));
    return service.callAsync(payload.method, payload.input);
  });
}
