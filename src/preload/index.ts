import { contextBridge, ipcRenderer } from 'electron';

// The renderer's whole reach into the machine: one function, one channel (DESIGN §8).
contextBridge.exposeInMainWorld('tizim', {
  // `job`: the id the page follows a long job by (the browser sends it as the X-Tizim-Job header).
  call: (method: string, input: unknown, job?: string): Promise<unknown> =>
    ipcRenderer.invoke('tizim:call', job === undefined ? { method, input } : { method, input, job }),
});
