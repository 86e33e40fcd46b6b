// Language-server latency, measured from the client side over stdio: single-character edits in a 10,000-line
// file with a few secrets (time from didChange to the diagnostics for that version), and the full scan.
// Prints figures; never asserts on time.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { createScanner } from '../engine';
import { createExampleGen } from '../engine/examples';
import { findingDiagnostic } from '../server/diagnostics';
import { TrackedDocument } from '../server/incrementalScan';
import { LineDocument } from '../server/lineDocument';
import { DEFAULT_SETTINGS } from '../server/settings';
import { OneWriteMessageWriter } from '../server/stdioTransport';
import { LspClient, SERVER } from '../test/support/lspClient';
import { tempDir } from '../test/support/tempTree';

const LINES = 10_000;
const EDITS = Number(process.env.HUSH_BENCH_EDITS ?? 1000);

function buildFile(): { text: string; secrets: number } {
  const g = createExampleGen(2024);
  const lines: string[] = [];
  let secrets = 0;
  for (let i = 0; i < LINES; i++) {
    if (i % 2000 === 1000) {
      lines.push(`const githubToken${i} = "${g.crc32Token('ghp_', 30)}";`);
      secrets++;
    } else if (i === 5500) {
      lines.push(`const stripeKey = "sk_live_${g.alnum(32)}";`);
      secrets++;
    } else if (i === 7000) {
      lines.push('const key = `-----BEGIN RSA PRIVATE KEY-----');
      for (let j = 0; j < 12; j++) lines.push(g.base64(64));
      lines.push('-----END RSA PRIVATE KEY-----`;');
      i += 13;
      secrets++;
    } else lines.push(`export function handler${i}(req, res) { return res.status(200).json({ id: ${i}, ok: true }); } // route ${i}`);
  }
  return { text: lines.join('\n') + '\n', secrets };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The same edits applied in process (document update + rescan + diagnostics): the server's own work. */
function inProcessEdits(text: string): number[] {
  const scanner = createScanner();
  const t = new TrackedDocument(new LineDocument('file:///big.js', 'javascript', 1, text));
  t.rescan(scanner, '/big.js', 'javascript', 2e6);
  const out: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const line = Math.floor((i * 7919) % LINES);
    const change = i % 2 === 0 ? { range: { start: { line, character: 10 }, end: { line, character: 10 } }, text: 'x' } : { range: { start: { line, character: 10 }, end: { line, character: 11 } }, text: '' };
    const t0 = performance.now();
    t.applyChanges([change], i + 2);
    t.rescan(scanner, '/big.js', 'javascript', 2e6);
    t.findings.map((f) => findingDiagnostic(f, t.doc, DEFAULT_SETTINGS, undefined));
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

/** The same statistics for a fixed ~20 µs loop: how much of a tail the machine itself adds (preemption). */
function schedulingNoise(): number[] {
  const out: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const t0 = performance.now();
    let x = 0;
    for (let j = 0; j < 20_000; j++) x += j % 7;
    if (x < 0) console.log(x);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

type Transport = 'stdio' | 'ipc';

/** A client of `script` (the Hush server or the no-op reference) on one transport (test/support/lspClient.ts). */
async function startSession(script: string, root: string, transport: Transport): Promise<LspClient> {
  const client = new LspClient(root, {
    serverScript: script,
    transport,
    nodeArgs: (process.env.HUSH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean),
    inheritStderr: true,
    // One write per message, as Neovim's and Helix's clients do (vscode-jsonrpc's own writer sends header and
    // body separately; VS Code itself talks to the server over Node IPC).
    stdioWriter: process.env.HUSH_BENCH_CLIENT_WRITER === 'split' ? undefined : (stdin) => new OneWriteMessageWriter(stdin),
  });
  await client.initialize();
  return client;
}

/** Resolves with the diagnostic count when diagnostics for this version of `uri` arrive. */
function published(s: LspClient, uri: string, version: number): Promise<number> {
  return s.diagnosticsFor(uri, version, 30_000).then((d) => d.length);
}

/** One single-character edit (type a character, or delete the one typed before) and the time to its diagnostics. */
async function timedEdit(s: LspClient, uri: string, version: number, i: number, ch: string): Promise<{ ms: number; count: number }> {
  const line = Math.floor((i * 7919) % LINES);
  const pos = { line, character: 10 };
  const change = i % 2 === 0 ? { range: { start: pos, end: pos }, text: ch } : { range: { start: pos, end: { line, character: 11 } }, text: '' };
  const done = published(s, uri, version);
  const t = performance.now();
  await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
  const count = await done;
  return { ms: performance.now() - t, count };
}

/** Hush and the no-op reference on one transport, edits interleaved so both see the same machine. */
async function measureTransport(root: string, text: string, transport: Transport) {
  const hush = await startSession(SERVER, root, transport);
  const echo = await startSession(resolve(__dirname, 'lspEchoServer.js'), root, transport);
  const uri = pathToFileURL(join(root, 'big.js')).toString();
  let t = performance.now();
  const opened = published(hush, uri, 1);
  await hush.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
  const found = await opened;
  const openMs = performance.now() - t;
  // The reference answers every edit with the same payload Hush publishes, so both move the same bytes.
  await echo.connection.sendNotification('echo/setDiagnostics', { diagnostics: hush.latest.get(uri)?.diagnostics ?? [] });
  const echoOpened = published(echo, uri, 1);
  await echo.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'javascript', version: 1, text } });
  await echoOpened;
  const g = createExampleGen(7);
  const latencies: number[] = [];
  const floor: number[] = [];
  for (let i = 0, version = 2; i < EDITS; i++, version++) {
    const ch = g.pick(['a', 'x', ' ', '1', '"']);
    const h = await timedEdit(hush, uri, version, i, ch);
    if (h.count !== found) throw new Error(`edit ${i}: ${h.count} diagnostics, expected ${found}`);
    latencies.push(h.ms);
    floor.push((await timedEdit(echo, uri, version, i, ch)).ms);
  }
  await echo.dispose(3000);
  // A second document once the server is warm (the first open also pays for building the scanner).
  const uri2 = pathToFileURL(join(root, 'big2.js')).toString();
  const opened2 = published(hush, uri2, 1);
  t = performance.now();
  await hush.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri2, languageId: 'javascript', version: 1, text } });
  await opened2;
  const warmOpenMs = performance.now() - t;
  await hush.connection.sendNotification('textDocument/didClose', { textDocument: { uri: uri2 } });
  return { hush, found, openMs, warmOpenMs, latencies: latencies.sort((a, b) => a - b), floor: floor.sort((a, b) => a - b) };
}

async function main(): Promise<void> {
  const { text, secrets } = buildFile();
  const scanner = createScanner();
  scanner.scan(text);
  const inProcess: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    scanner.scan(text);
    inProcess.push(performance.now() - t);
  }

  const root = tempDir('hush-bench-lsp-');
  const fmt = (n: number) => n.toFixed(2);
  const stats = (xs: number[]) => `p50 ${fmt(percentile(xs, 50))} ms, p90 ${fmt(percentile(xs, 90))} ms, p99 ${fmt(percentile(xs, 99))} ms, max ${fmt(xs[xs.length - 1]!)} ms`;
  const best = Math.min(...inProcess);
  console.log(`LSP benchmark (client side): ${LINES.toLocaleString('en')} lines, ${(text.length / 1e6).toFixed(2)} MB, ${secrets} secrets`);
  console.log(`  full-document scan: ${fmt(best)} ms in process (best of 5)`);
  let hush: LspClient | undefined;
  for (const transport of ['stdio', 'ipc'] as const) {
    const r = await measureTransport(root, text, transport);
    console.log(`  ${transport === 'stdio' ? 'stdio (Neovim, Helix, Zed…)' : 'Node IPC (VS Code)'}: open → ${r.found} diagnostics ${fmt(r.openMs)} ms (first document), ${fmt(r.warmOpenMs)} ms (another)`);
    console.log(`    per-edit latency, ${EDITS} single-character edits (didChange → publishDiagnostics): ${stats(r.latencies)}  (target p99 < 5 ms)`);
    console.log(`    reference, a no-op server on the same library and transport, the same edits interleaved: ${stats(r.floor)}`);
    console.log(
      `    Hush / reference: p50 ${(percentile(r.latencies, 50) / percentile(r.floor, 50)).toFixed(2)}x, p99 ${(percentile(r.latencies, 99) / percentile(r.floor, 99)).toFixed(2)}x; Hush's own share of p99: ${fmt(percentile(r.latencies, 99) - percentile(r.floor, 99))} ms`,
    );
    if (transport === 'stdio') hush = r.hush;
    else await r.hush.dispose(3000);
  }
  const local = inProcessEdits(text);
  console.log(`  server work per edit in process (update + rescan + diagnostics): p50 ${fmt(percentile(local, 50))} ms, p99 ${fmt(percentile(local, 99))} ms`);
  const noise = schedulingNoise();
  console.log(`  control (a fixed ~20 µs loop, same statistics): p50 ${fmt(percentile(noise, 50))} ms, p99 ${fmt(percentile(noise, 99))} ms: tail latency this machine adds by itself`);
  console.log(`  machine load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`);
  const conn = hush!.connection;
  // Huge and minified documents: bounded scan + notice; edits must stay interactive.
  for (const [name, big] of [
    ['huge-20mb.js', 'let a = 1; // filler line for a huge document\n'.repeat(450_000)],
    ['minified-5mb.js', 'var a=1;'.repeat(650_000)],
  ] as const) {
    const bigUri = pathToFileURL(join(root, name)).toString();
    const seen = (v: number) => hush!.diagnosticsFor(bigUri, v, 60_000);
    let w = seen(1);
    let t = performance.now();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'javascript', version: 1, text: big } });
    await w;
    const bigOpen = performance.now() - t;
    const bigEdits: number[] = [];
    for (let v = 2; v < 102; v++) {
      w = seen(v);
      t = performance.now();
      await conn.sendNotification('textDocument/didChange', {
        textDocument: { uri: bigUri, version: v },
        contentChanges: [{ range: { start: { line: 0, character: 20 + v }, end: { line: 0, character: 20 + v } }, text: 'x' }],
      });
      await w;
      bigEdits.push(performance.now() - t);
    }
    bigEdits.sort((a, b) => a - b);
    console.log(
      `  ${name} (${(big.length / 1e6).toFixed(1)} MB, scan bounded to 2 MB): open → diagnostics ${fmt(bigOpen)} ms; 100 edits p50 ${fmt(percentile(bigEdits, 50))} ms, p99 ${fmt(percentile(bigEdits, 99))} ms`,
    );
  }
  await hush!.dispose(3000);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
