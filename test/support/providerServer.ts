// A local HTTPS server that answers validity checks as the providers do (test/support/providerAnswers.ts).
// Its certificate is generated per test run (selfsigned) for the providers' real host names, so the client's
// TLS checks run unchanged; the client reaches it only through LiveChecker's connectTo/ca parameters.
// For AWS it checks the SigV4 signature itself (node:crypto, from the published algorithm), independently
// of the signing library the client uses.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { generate } from 'selfsigned';
import type { Answer, ProviderAnswers } from './providerAnswers';

export interface RecordedRequest {
  host: string;
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface Route {
  verifier: string;
  hostPattern: RegExp;
  /** Path and query, vars already filled in, or a pattern for paths holding the secret. */
  path: RegExp;
  answers: ProviderAnswers;
  /** The live credential: what `answers.presented` expects for it. */
  liveSecret: string;
  values: Record<string, string>;
  /** AWS: access key id → secret access key of the live pair. */
  awsPairs?: Map<string, string>;
}

export interface ProviderServer {
  port: number;
  ca: string;
  requests: RecordedRequest[];
  routes: Route[];
  /** Intercepts requests before the routes (a test of hangs, redirects); return true when handled. */
  intercept?(req: IncomingMessage, res: ServerResponse): boolean;
  connectTo(hostname: string): { host: string; port: number };
  close(): Promise<void>;
}

export async function startProviderServer(hostNames: readonly string[]): Promise<ProviderServer> {
  const pems = await generate([{ name: 'commonName', value: 'hush-test-providers' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'subjectAltName', altNames: [...new Set(hostNames)].map((value) => ({ type: 2 as const, value })) },
    ],
  });
  const state: ProviderServer = {
    port: 0,
    ca: pems.cert,
    requests: [],
    routes: [],
    connectTo: () => ({ host: '127.0.0.1', port: state.port }),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const host = String(req.headers.host ?? '');
      state.requests.push({ host, method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      if (state.intercept?.(req, res)) return;
      const matching = state.routes.filter((r) => r.hostPattern.test(host) && r.path.test(req.url ?? ''));
      if (matching.length === 0) return send(res, { status: 404, body: 'no such route', contentType: 'text/plain' });
      // One STS endpoint for every AWS key pair the tests made live.
      const awsPairs = new Map(matching.flatMap((r) => [...(r.awsPairs ?? [])]));
      send(res, answer({ ...matching[0]!, awsPairs }, req, body));
    });
  });
  server.keepAliveTimeout = 100;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.port = (server.address() as AddressInfo).port;
  return state;
}

function send(res: ServerResponse, a: Answer): void {
  res.writeHead(a.status, { 'Content-Type': a.contentType ?? 'application/json' });
  res.end(a.body);
}

function answer(route: Route, req: IncomingMessage, body: string): Answer {
  const expected = route.answers.presented(route.liveSecret, route.values);
  if ('sigv4' in expected) {
    const verdict = checkSigV4(req, body, route.awsPairs ?? new Map());
    if (verdict === 'ok') return route.answers.live;
    return {
      status: 403,
      contentType: 'text/xml',
      body: `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${verdict}</Code><Message>rejected</Message></Error><RequestId>r-2</RequestId></ErrorResponse>`,
    };
  }
  let ok: boolean;
  if ('header' in expected) ok = req.headers[expected.header] === expected.value;
  else if ('basic' in expected) {
    const auth = String(req.headers.authorization ?? '');
    ok = auth.startsWith('Basic ') && Buffer.from(auth.slice(6), 'base64').toString('utf8') === expected.basic;
  } else ok = req.url === expected.path;
  return ok ? route.answers.live : route.answers.rejected;
}

const sha256 = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');
const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();

/** Verifies an AWS Signature Version 4 Authorization header the way STS does. */
function checkSigV4(req: IncomingMessage, body: string, pairs: Map<string, string>): 'ok' | 'InvalidClientTokenId' | 'SignatureDoesNotMatch' | 'IncompleteSignature' {
  const m = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(String(req.headers.authorization ?? ''));
  if (!m) return 'IncompleteSignature';
  const [, keyId, date, region, service, signedHeaders, signature] = m as unknown as string[];
  const secret = pairs.get(keyId!);
  if (secret === undefined) return 'InvalidClientTokenId';
  const url = new URL(req.url ?? '/', 'https://x');
  const query = [...url.searchParams]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
    .join('&');
  const headers = signedHeaders!
    .split(';')
    .map(
      (h) =>
        `${h}:${String(req.headers[h] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonical = [req.method, url.pathname, query, headers, signedHeaders, sha256(body)].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', String(req.headers['x-amz-date'] ?? ''), scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), 'aws4_request');
  const expected = createHmac('sha256', key).update(toSign, 'utf8').digest();
  return timingSafeEqual(expected, Buffer.from(signature!, 'hex')) ? 'ok' : 'SignatureDoesNotMatch';
}
