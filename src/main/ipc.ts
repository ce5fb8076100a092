import { BrowserWindow, dialog, ipcMain, type WebContents } from 'electron';
import { handOff, type Caller, type Service } from '../service/index';
import type { Result } from '../service/result';
import type { Desk } from './desk';
import { callDesk, deskPermission, isDeskMethod } from './desk-methods';
import { BAD_PAYLOAD, isCallPayload, isRendererUrl } from './ipc-payload';

export const CALL_CHANNEL = 'tizim:call';

const FILTERS: Record<'xlsx' | 'pdf', Electron.FileFilter> = { xlsx: { name: 'Excel', extensions: ['xlsx'] }, pdf: { name: 'PDF', extensions: ['pdf'] } };

/**
 * The desk of the window that called: its dialogs, its page, and the service as that window's user. `job`: the id the
 * page follows a saved file's writing by, as it follows the service's long jobs.
 */
function deskOf(service: Service, caller: Caller, sender: WebContents, job: string | undefined): Desk {
  const window = BrowserWindow.fromWebContents(sender);
  return {
    service: {
      prepareFile: (method, input) => service.prepareFile(method, input, caller, job),
      registerImportFile: (path, name) => service.registerImportFile(path, name),
    },
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
    async askFolder(words) {
      const options = { title: words.title, buttonLabel: words.buttonLabel, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const chosen = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
    },
    printToPdf: (request) => sender.printToPDF(request),
  };
}

/**
 * The one channel into the service. Only our own page may call, and only with `{ method, input }`. Each window signs
 * in as the browser does: main keeps its session token, as the host keeps it in an HttpOnly cookie, and the page
 * never holds it. The desk's own methods (the dialogs) are answered here, as the window's user may; every other
 * goes to the service.
 */
export function serveIpc(service: Service, rendererUrl: string): void {
  const sessions = new Map<number, string>();
  ipcMain.handle(CALL_CHANNEL, async (event, payload: unknown): Promise<Result<unknown>> => {
    const frameUrl = event.senderFrame?.url ?? '';
    if (!isRendererUrl(frameUrl, rendererUrl)) throw new Error(`tizim:call refused from ${frameUrl || 'an unknown frame'}`);
    // Only the window's own page, never a frame inside it, even one showing our file.
    if (event.senderFrame?.parent !== null) throw new Error('tizim:call refused from a frame that is not the main frame');
    if (!isCallPayload(payload)) return BAD_PAYLOAD;
    const window = event.sender.id;
    const caller: Caller = { session: sessions.get(window) ?? null, origin: 'desk' };
    if (isDeskMethod(payload.method)) {
      const allowed = service.allows(deskPermission(payload.method), caller);
      return allowed.ok ? callDesk(payload.method, payload.input, deskOf(service, caller, event.sender, payload.job)) : allowed;
    }
    const handed = handOff(service.sessionOf(payload.method), await service.callAsync(payload.method, payload.input, caller, payload.job));
    if (typeof handed.token === 'string') {
      if (!sessions.has(window)) event.sender.once('destroyed', () => sessions.delete(window));
      sessions.set(window, handed.token);
    } else if (handed.token === null) sessions.delete(window);
    return handed.result;
  });
}
