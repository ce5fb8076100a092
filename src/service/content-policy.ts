// DESIGN §8: what the renderer may load, wherever it is served from (Electron's file:// page or the loopback host).
// The renderer's index.html carries the same policy in a meta tag; a test keeps the three equal.
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
