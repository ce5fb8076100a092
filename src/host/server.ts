import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { handleApi, type CallTarget } from './api-route';
import { handleFile } from './file-route';
import { loopbackGate, networkGate, type Gate } from './gate';
import { setSecurityHeaders } from './headers';
import { serveStatic } from './static-files';
import { newToken } from './token';
import { refuse } from './transport-error';
import { handleUpload } from './upload-route';
import { createUploads, MAX_UPLOAD_BYTES } from './uploads';

/** The commission server's side of the host: HTTPS on the office network, for the names its administrator set. */
export interface NetworkOptions {
  /** The address to listen on (0.0.0.0 for every interface, or one of the server's). */
  address: string;
  /** The server's certificate and its private key, PEM. */
  tls: { cert: string | Buffer; key: string | Buffer };
  /** The names and addresses workstations use to reach the server; requests for any other are refused. */
  hostNames: readonly string[];
}

export interface HostOptions {
  service: CallTarget;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 or absent: any free port. */
  port?: number;
  /** The single desk only: absent, a fresh random token for this launch. */
  token?: string;
  /** The largest workbook POST /upload takes, in bytes; absent: 100 MB. */
  uploadLimit?: number;
  /** Present: the commission server, over HTTPS; absent: the single desk on 127.0.0.1. */
  network?: NetworkOptions;
}

export interface Host {
  /** What the clerk opens: on the single desk the address with the token in its hash (never sent back). */
  url: string;
  port: number;
  /** The single desk's launch token; empty for the commission server, where signing in is the gate. */
  token: string;
  close(): Promise<void>;
}

const API_PREFIX = '/api/';
const UPLOAD_PATH = '/upload';
const FILE_PREFIX = '/file/';

export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.network ? '' : (options.token ?? newToken());
  let port = 0;
  const gate: Gate = options.network ? networkGate(() => port, options.network.hostNames) : loopbackGate(() => port, token);
  const uploads = createUploads();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (options.network) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
    const problem = gate.checkHost(req) ?? gate.checkOrigin(req);
    if (problem !== null) {
      refuse(res, problem);
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === UPLOAD_PATH) {
      await handleUpload(req, res, options.service, gate, uploads, options.uploadLimit ?? MAX_UPLOAD_BYTES);
    } else if (path.startsWith(FILE_PREFIX)) {
      await handleFile(req, res, options.service, gate, path.slice(FILE_PREFIX.length));
    } else if (path.startsWith(API_PREFIX)) {
      await handleApi(req, res, options.service, gate, path.slice(API_PREFIX.length));
    } else {
      await serveStatic(req, res, options.rendererDir, path);
    }
  };
  const listener = (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      console.error('tizim host: request failed', error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  };

  // HTTPS only on the network: a plain-HTTP request to the port fails its TLS handshake and is never answered.
  const server: Server = options.network ? createTlsServer({ ...options.network.tls, minVersion: 'TLSv1.2' }, listener) : createServer(listener);
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.network?.address ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  port = (server.address() as AddressInfo).port;
  const first = options.network?.hostNames[0] ?? '127.0.0.1';

  return {
    url: options.network ? `https://${first}:${port}/` : `http://127.0.0.1:${port}/#token=${token}`,
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
