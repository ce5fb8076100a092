import type { CallOver, ServiceMethods } from '../service/contract';
import type { DeskMethods } from '../main/desk-methods';

declare global {
  interface Window {
    /** Present in the Electron desk (the preload exposes it); absent in the browser mode, which calls over HTTP. */
    readonly tizim?: { readonly call: CallOver<ServiceMethods & DeskMethods> };
  }
}

export {};
