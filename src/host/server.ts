import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleApi, type CallTarget } from './api-route';
import { handleFile } from './file-route';
import { checkHost, checkOrigin } from './guards';
import { setSecurityHeaders } from './headers';
import { serveStatic } from './static-files';
import { newToken } from './token';
import { refuse } from './transport-error';
import { handleUpload } from './upload-route';
import { createUploads, MAX_UPLOAD_BYTES } from './uploads';

export interface HostOptions {
  service: CallTarget;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** Absent: a fresh random token for this launch. */
  token?: string;
  /** The largest workbook POST /upload takes, in bytes; absent: 100 MB. */
  uploadLimit?: number;
}

export interface Host {
  /** What the clerk opens: the address with the token in its hash, which the renderer reads and never sends. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const UPLOAD_PATH = '/upload';
const FILE_PREFIX = '/file/';

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? newToken();
  let port = 0;
  const uploads = createUploads();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    const problem = checkHost(req, port) ?? checkOrigin(req, port);
    if (problem !== null) {
      refuse(res, problem);
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === UPLOAD_PATH) {
      await handleUpload(req, res, options.service, token, uploads, options.uploadLimit ?? MAX_UPLOAD_BYTES);
    } else if (path.startsWith(FILE_PREFIX)) {
      await handleFile(req, res, options.service, token, path.slice(FILE_PREFIX.length));
    } else if (path.startsWith(API_PREFIX)) {
      await handleApi(req, res, options.service, token, path.slice(API_PREFIX.length));
    } else {
      await serveStatic(req, res, options.rendererDir, path);
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('tizim host: request failed', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: async () => {
      await new Promise<void>((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      });
      await uploads.dispose();
    },
  };
}
