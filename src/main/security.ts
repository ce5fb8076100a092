import { session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../service/content-policy';

/** The policy on every response the window loads, in addition to the meta tag of the page itself. */
export function enforceContentSecurityPolicy(): void {
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
        'X-Content-Type-Options': ['nosniff'],
      },
    });
  });
  // No permission (camera, notifications, geolocation…) is ever needed.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, grant) => grant(false));
  // …and none is reported as granted when the page only asks whether it has it.
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/** No navigation away from our page, no new windows, no webviews. */
export function lockDown(contents: WebContents, rendererUrl: string): void {
  const ownFile = new URL(rendererUrl).pathname;
  contents.on('will-navigate', (event, url) => {
    let target: URL | null = null;
    try {
      target = new URL(url);
    } catch {
      target = null;
    }
    if (target === null || target.protocol !== 'file:' || target.pathname !== ownFile) event.preventDefault();
  });
  // A frame inside the page (there is none of ours) never navigates anywhere.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
