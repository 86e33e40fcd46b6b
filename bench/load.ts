// "Under load": the language server scanning a generated 100,000-file workspace (test/support/loadWorkspace.ts)
// while a client types into an open document. Over stdio with a real JSON-RPC client, it prints one table:
// memory (VmRSS / VmHWM of the server process, worker threads included) at 10/25/50/75/100% of the files for a
// 10k-file and a 100k-file run, the typed document's didChange → publishDiagnostics latency with and without
// a scan running, and a second scan cancelled at ~30% (time to stop, anything published afterwards).
// `npm run bench -- load` (BENCH_LOAD_FILES=N for another size). Prints figures; never asserts.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, type MessageConnection } from 'vscode-jsonrpc/node';
import { type PublishDiagnosticsParams, WorkDoneProgress, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../engine/examples';
import type { ScanWorkspaceResult } from '../protocol/messages';
import { LspClient } from '../test/support/lspClient';
import { generateLoadWorkspace, LOAD_WORKSPACE_VERSION, type LoadWorkspace } from '../test/support/loadWorkspace';

const FILES = Number(process.env.BENCH_LOAD_FILES ?? 100_000);
const SMALL_FILES = Math.max(1000, Math.floor(FILES / 10));
const SAMPLE_MS = 250;
const TYPE_MS = 50;
const BASELINE_KEYSTROKES = 150;
const CHECKPOINTS = [0.1, 0.25, 0.5, 0.75, 1] as const;
/**
 * Generated once and kept: writing 100,000 files takes ~10 s, deleting them over a minute. Outside this
 * repository, whose .gitignore would make the typed document a gitignored file (not diagnosed).
 */
const CACHE = join(tmpdir(), 'hush-bench-load');

type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

interface Memory {
  rssMB: number;
  hwmMB: number;
}

/** VmRSS and VmHWM of a process (all its threads: the scan workers are threads of the server). */
function memoryOf(pid: number): Memory | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The server under test (test/support/lspClient.ts), with memory sampling of its process. */
class Server {
  private readonly client: LspClient;
  readonly conn: MessageConnection;
  readonly pid: number;
  private sampler: NodeJS.Timeout | undefined;
  samples: Memory[] = [];

  constructor(root: string) {
    this.client = new LspClient(root, { inheritStderr: true });
    this.conn = this.client.connection;
    this.pid = this.client.pid;
  }

  initialize(): Promise<void> {
    return this.client.initialize();
  }

  /** Every publishDiagnostics, with the time it arrived. */
  onDiagnostics(l: (p: PublishDiagnosticsParams, at: number) => void): void {
    this.client.publishListeners.push((p) => l(p, performance.now()));
  }

  sample(): Memory | undefined {
    const m = memoryOf(this.pid);
    if (m) this.samples.push(m);
    return m;
  }

  startSampling(): void {
    this.samples = [];
    this.sampler = setInterval(() => this.sample(), SAMPLE_MS);
  }

  stopSampling(): Memory | undefined {
    clearInterval(this.sampler);
    return this.sample();
  }

  async stop(): Promise<void> {
    clearInterval(this.sampler);
    await this.client.dispose(3000);
  }
}

/** Types into an open document, one character per didChange, now and then a whole secret; times each to its diagnostics. */
class Typist {
  private version = 1;
  private text: string;
  private readonly pending: { version: number; sentAt: number }[] = [];
  private timer: NodeJS.Timeout | undefined;
  private queue = '';
  private readonly gen = createExampleGen(4242);
  private secretsTyped = 0;
  /** Versions after which a given number of findings is due, and when that version was sent. */
  private readonly due: { version: number; findings: number; sentAt: number }[] = [];
  latencies: number[] = [];
  secretLatencies: number[] = [];
  keystrokes = 0;

  constructor(
    private readonly server: Server,
    readonly uri: string,
    initial: string,
  ) {
    this.text = initial;
    server.onDiagnostics((p, at) => {
      if (p.uri !== uri || p.version === undefined || p.version === null) return;
      while (this.pending.length > 0 && this.pending[0]!.version <= p.version!) this.latencies.push(at - this.pending.shift()!.sentAt);
      while (this.due.length > 0 && this.due[0]!.version <= p.version && p.diagnostics.length >= this.due[0]!.findings) this.secretLatencies.push(at - this.due.shift()!.sentAt);
    });
  }

  open(): Promise<void> {
    return this.server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri, languageId: 'typescript', version: 1, text: this.text } });
  }

  private lines = 0;

  /** Every third line completes a secret; the others are ordinary code. */
  private nextLine(): string {
    this.lines++;
    return this.lines % 3 === 0 ? `const key${this.lines} = "${this.gen.crc32Token('ghp_', 30)}";\n` : `// typed while the workspace is scanned ${this.lines}\n`;
  }

  private type(): void {
    if (this.queue === '') this.queue = this.nextLine();
    const ch = this.queue[0]!;
    this.queue = this.queue.slice(1);
    const lines = this.text.split('\n');
    const pos = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    this.text += ch;
    this.version++;
    this.keystrokes++;
    const sentAt = performance.now();
    this.pending.push({ version: this.version, sentAt });
    // The closing `;` completes a secret line: from this version on one more finding is due.
    if (ch === ';' && /"ghp_[A-Za-z0-9]+"$/.test(this.text.slice(-50, -1))) {
      this.secretsTyped++;
      this.due.push({ version: this.version, findings: this.secretsTyped, sentAt });
    }
    void this.server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ range: { start: pos, end: pos }, text: ch }] });
  }

  start(): void {
    this.latencies = [];
    this.secretLatencies = [];
    this.timer = setInterval(() => this.type(), TYPE_MS);
  }

  /** Stops typing and waits (with a deadline) for the last keystroke's diagnostics. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    const deadline = performance.now() + 10_000;
    while ((this.pending.length > 0 || this.due.length > 0) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  }

  async typeFor(keystrokes: number): Promise<void> {
    this.start();
    const until = this.keystrokes + keystrokes;
    while (this.keystrokes < until) await new Promise((r) => setTimeout(r, TYPE_MS));
    await this.stop();
  }

  get typedSecrets(): number {
    return this.secretsTyped;
  }

  get missedSecrets(): number {
    return this.due.length;
  }
}

interface ScanRun {
  result: ScanWorkspaceResult;
  ms: number;
  checkpoints: (Memory | undefined)[];
  peak: Memory;
  /** Set when cancelled: times relative to the cancel. */
  cancel?: { atFiles: number; responseMs: number; endMs: number; lastProgressMs: number; publishedAfter: number; progressAfter: number };
}

async function scan(server: Server, expectedFiles: number, options: { cancelAt?: number } = {}): Promise<ScanRun> {
  const token = `load-${Math.random().toString(36).slice(2)}`;
  const checkpoints: (Memory | undefined)[] = CHECKPOINTS.map(() => undefined);
  const source = new CancellationTokenSource();
  let cancelledAt: number | undefined;
  let atFiles = 0;
  let endAt = NaN;
  let lastProgressAt = NaN;
  let progressAfterResponse = 0;
  let respondedAt: number | undefined;
  server.conn.onProgress(WorkDoneProgress.type, token, (v: ProgressValue) => {
    const now = performance.now();
    lastProgressAt = now;
    if (respondedAt !== undefined && now > respondedAt) progressAfterResponse++;
    if (v.kind === 'end') {
      endAt = now;
      return;
    }
    const done = Number(/^(\d+)\//.exec(v.message ?? '')?.[1] ?? 0);
    CHECKPOINTS.forEach((share, i) => {
      if (!checkpoints[i] && done >= share * expectedFiles) checkpoints[i] = server.sample();
    });
    if (options.cancelAt !== undefined && cancelledAt === undefined && done >= options.cancelAt * expectedFiles) {
      atFiles = done;
      cancelledAt = performance.now();
      source.cancel();
    }
  });
  let publishedAfter = 0;
  server.onDiagnostics((_p, at) => {
    if (respondedAt !== undefined && at > respondedAt) publishedAfter++;
  });
  server.startSampling();
  const started = performance.now();
  const result = await server.conn.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', { workDoneToken: token }, source.token);
  respondedAt = performance.now();
  const ms = respondedAt - started;
  const last = server.stopSampling();
  if (!checkpoints[4] && !result.cancelled) checkpoints[4] = last;
  const peak = { rssMB: Math.max(...server.samples.map((s) => s.rssMB)), hwmMB: last?.hwmMB ?? NaN };
  const run: ScanRun = { result, ms, checkpoints, peak };
  if (cancelledAt !== undefined) {
    // Anything the server still sends arrives within a moment (a bench may wait; tests use round trips).
    await new Promise((r) => setTimeout(r, 1500));
    run.cancel = { atFiles, responseMs: respondedAt - cancelledAt, endMs: endAt - cancelledAt, lastProgressMs: lastProgressAt - cancelledAt, publishedAfter, progressAfter: progressAfterResponse };
  }
  return run;
}

async function withServer<T>(root: string, fn: (s: Server) => Promise<T>): Promise<T> {
  const s = new Server(root);
  try {
    await s.initialize();
    return await fn(s);
  } finally {
    await s.stop();
  }
}

const TYPED_FILE_START = 'export function typing(): void {\n  // the user edits this file while the workspace is scanned\n}\n';

/** The generated workspace, reused when a previous run left the same one in bench/.cache. */
function workspace(): { ws: LoadWorkspace; generatedMs?: number } {
  const root = join(CACHE, `load-${FILES}`);
  const stampFile = join(CACHE, `load-${FILES}.json`);
  const stamp = existsSync(stampFile) ? (JSON.parse(readFileSync(stampFile, 'utf8')) as { version: number; ws: LoadWorkspace }) : undefined;
  if (stamp?.version === LOAD_WORKSPACE_VERSION && existsSync(root)) return { ws: stamp.ws };
  rmSync(stampFile, { force: true });
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const t = performance.now();
  const ws = generateLoadWorkspace(root, { files: FILES, filesPerPackage: SMALL_FILES });
  // Written last: an interrupted generation is redone next time.
  writeFileSync(stampFile, JSON.stringify({ version: LOAD_WORKSPACE_VERSION, ws }));
  return { ws, generatedMs: performance.now() - t };
}

async function main(): Promise<void> {
  const { ws, generatedMs } = workspace();
  const root = ws.root;
  const typedPath = join(ws.packages[0]!, 'src', 'typing.ts');
  writeFileSync(typedPath, TYPED_FILE_START);
  const typedUri = pathToFileURL(typedPath).toString();
  console.log(
    `Load benchmark: ${ws.files.toLocaleString('en')} files to scan (${ws.binaries.toLocaleString('en')} binary), ${(ws.bytes / 1048576).toFixed(0)} MB, ${ws.ignored.toLocaleString('en')} more in gitignored dirs, ${ws.secrets.length} planted secrets; ${generatedMs === undefined ? `reused from ${root}` : `generated in ${(generatedMs / 1000).toFixed(1)} s into ${root}`}. ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}.`,
  );

  // 1. The same scan on one package (a tenth of the files) in its own server: the memory reference.
  const small = await withServer(ws.packages[0]!, (s) => scan(s, SMALL_FILES + 1));

  // 2. The whole tree: typing without a scan, then typing while it scans.
  let baseline: number[] = [];
  let during: number[] = [];
  let typedSecrets = 0;
  let missedSecrets = 0;
  let secretLatencies: number[] = [];
  let keystrokesDuring = 0;
  const big = await withServer(root, async (s) => {
    const typist = new Typist(s, typedUri, TYPED_FILE_START);
    await typist.open();
    await typist.typeFor(BASELINE_KEYSTROKES);
    baseline = [...typist.latencies].sort((a, b) => a - b);
    const before = typist.keystrokes;
    const secretsBefore = typist.typedSecrets;
    typist.start();
    const run = await scan(s, FILES + 1);
    await typist.stop();
    keystrokesDuring = typist.keystrokes - before;
    during = [...typist.latencies].sort((a, b) => a - b);
    typedSecrets = typist.typedSecrets - secretsBefore;
    missedSecrets = typist.missedSecrets;
    secretLatencies = [...typist.secretLatencies].sort((a, b) => a - b);
    return run;
  });

  // 3. A fresh server (no cache): the scan cancelled at about 30%.
  const cancelled = await withServer(root, (s) => scan(s, FILES + 1, { cancelAt: 0.3 }));

  const mb = (m: Memory | undefined) => (m ? `${m.rssMB.toFixed(0)} MB` : '—');
  const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(1)} ms` : '—');
  const rows: [string, string, string][] = [
    [
      'files scanned (+ skipped)',
      `${small.result.files} (+${Object.values(small.result.skipped).reduce((a, b) => a + b, 0)})`,
      `${big.result.files} (+${Object.values(big.result.skipped).reduce((a, b) => a + b, 0)})`,
    ],
    ['findings (planted)', `${small.result.findings}`, `${big.result.findings} (${ws.secrets.length})`],
    ['scan time', `${(small.ms / 1000).toFixed(1)} s`, `${(big.ms / 1000).toFixed(1)} s`],
    ['throughput', `${(small.result.bytes / 1048576 / (small.ms / 1000)).toFixed(1)} MB/s`, `${(big.result.bytes / 1048576 / (big.ms / 1000)).toFixed(1)} MB/s`],
    ...CHECKPOINTS.map((share, i): [string, string, string] => [`RSS at ${share * 100}% of files`, mb(small.checkpoints[i]), mb(big.checkpoints[i])]),
    ['peak RSS (sampled every 250 ms)', mb(small.peak), mb(big.peak)],
    ['peak RSS (VmHWM)', `${small.peak.hwmMB.toFixed(0)} MB`, `${big.peak.hwmMB.toFixed(0)} MB  (×${(big.peak.hwmMB / small.peak.hwmMB).toFixed(2)} for ×${(FILES / SMALL_FILES).toFixed(0)} files)`],
  ];
  const lat = (xs: number[]) => `p50 ${ms(percentile(xs, 50))}, p99 ${ms(percentile(xs, 99))}, max ${ms(xs.at(-1) ?? NaN)}`;
  const c = cancelled.cancel;
  const width = Math.max(...rows.map((r) => r[0].length)) + 2;
  console.log(`\n${''.padEnd(width)}${`${SMALL_FILES.toLocaleString('en')} files`.padEnd(18)}${FILES.toLocaleString('en')} files`);
  for (const [name, a, b] of rows) console.log(`${name.padEnd(width)}${a.padEnd(18)}${b}`);
  console.log(`\ntyped document, didChange → publishDiagnostics (one character every ${TYPE_MS} ms):`);
  console.log(`  no scan running        ${lat(baseline)}  (${baseline.length} keystrokes)`);
  console.log(
    `  during the full scan   ${lat(during)}  (${keystrokesDuring} keystrokes; ratio p50 ×${(percentile(during, 50) / percentile(baseline, 50)).toFixed(2)}, p99 ×${(percentile(during, 99) / percentile(baseline, 99)).toFixed(2)})`,
  );
  console.log(`  secrets typed during the scan: ${typedSecrets}, diagnosed ${typedSecrets - missedSecrets}; keystroke → diagnostic with the new finding ${lat(secretLatencies)}`);
  console.log(`\ncancel at ~30% (fresh server, no cache):`);
  if (c) {
    console.log(
      `  cancelled at ${c.atFiles.toLocaleString('en')} of ${FILES.toLocaleString('en')} files; reply says ${cancelled.result.files.toLocaleString('en')} scanned, cancelled=${cancelled.result.cancelled}`,
    );
    console.log(
      `  cancel → response ${ms(c.responseMs)}, → progress end ${ms(c.endMs)}, → last progress ${ms(c.lastProgressMs)}; after the response: ${c.publishedAfter} diagnostics, ${c.progressAfter} progress notifications (1.5 s watched)`,
    );
  } else console.log(`  the scan finished (${cancelled.result.files} files) before 30% was reported`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
