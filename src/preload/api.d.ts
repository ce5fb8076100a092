import type { Call } from '../service/contract';

declare global {
  interface Window {
    /** Present in the Electron desk (the preload exposes it); absent in the browser mode, which calls over HTTP. */
    readonly tizim?: { readonly call: Call };
  }
}

export {};
