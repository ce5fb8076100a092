import { contextBridge, ipcRenderer } from 'electron';

// The renderer's whole reach into the machine: one function, one channel (DESIGN §8).
contextBridge.exposeInMainWorld('tizim', {
  call: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke('tizim:call', { method, input }),
});
