// The one place Hush sends a request over the network: a validity check, after the user confirmed its
// endpoint. HTTPS only, no redirects followed, no proxy, a hard deadline for the whole exchange (a machine
// without network gets a quick "unknown", never a hang), and at most 64 KiB of answer read.
import { request } from 'node:https';
import { VERSION } from '../engine/version';

export interface HttpsAnswer {
  status: number;
  body: string;
}

export interface HttpsOptions {
  /** Deadline for connecting, sending and reading the answer (ms). */
  timeoutMs: number;
  signal?: AbortSignal;
  /**
   * Where to connect instead of the URL's host. A parameter only (tests pass a local server); TLS still
   * verifies the certificate against the URL's host name, and no setting or environment variable sets it.
   */
  connectTo?(hostname: string): { host: string; port: number };
  /** Trusted CA certificates (PEM) instead of Node's bundled ones: tests pass their own. */
  ca?: string;
}

/** The request never got an answer: DNS, connection, TLS or the deadline. */
export class NoAnswerError extends Error {
  constructor(
    message: string,
    /** True when the network itself is missing (DNS, refused, unreachable, timeout), not a TLS problem. */
    readonly offline: boolean,
  ) {
    super(message);
  }
}

const MAX_BODY_BYTES = 64 * 1024;
const OFFLINE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EPIPE', 'ECONNABORTED']);

export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export function httpsRequest(req: OutgoingRequest, options: HttpsOptions): Promise<HttpsAnswer> {
  return new Promise((resolve, reject) => {
    const url = new URL(req.url);
    if (url.protocol !== 'https:') {
      reject(new NoAnswerError('only https:// endpoints are ever called', false));
      return;
    }
    const target = options.connectTo?.(url.hostname) ?? { host: url.hostname, port: Number(url.port || 443) };
    const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
    const headers: Record<string, string> = { 'User-Agent': `hush-live-check/${VERSION}`, Accept: 'application/json', ...req.headers, Host: url.host };
    if (body) headers['Content-Length'] = String(body.length);
    else if (req.method === 'POST') headers['Content-Length'] = '0';
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const r = request({
      host: target.host,
      port: target.port,
      servername: url.hostname,
      path: url.pathname + url.search,
      method: req.method,
      headers,
      agent: false,
      ...(options.ca ? { ca: options.ca } : {}),
    });
    const timer = setTimeout(() => {
      finish(() => reject(new NoAnswerError(`no network (no answer within ${formatSeconds(options.timeoutMs)})`, true)));
      r.destroy();
    }, options.timeoutMs);
    const onAbort = () => {
      finish(() => reject(new NoAnswerError('cancelled', false)));
      r.destroy();
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    if (options.signal?.aborted) onAbort();
    r.on('response', (res) => {
      const chunks: Buffer[] = [];
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        if (bytes >= MAX_BODY_BYTES) return;
        chunks.push(chunk);
        bytes += chunk.length;
        // Enough to read the answer: stop downloading the rest.
        if (bytes >= MAX_BODY_BYTES) {
          finish(() => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8') }));
          res.destroy();
        }
      });
      res.on('end', () => finish(() => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') })));
      res.on('error', (e) => finish(() => reject(toNoAnswer(e))));
    });
    r.on('error', (e) => finish(() => reject(toNoAnswer(e))));
    r.end(body);
  });
}

function toNoAnswer(e: NodeJS.ErrnoException): NoAnswerError {
  const code = e.code ?? '';
  if (OFFLINE_CODES.has(code)) return new NoAnswerError(`no network (${code})`, true);
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return new NoAnswerError(`the TLS certificate was not trusted (${code})`, false);
  return new NoAnswerError(`no answer (${code || e.message})`, true);
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
