// `npm run bench -- paste`: the paste guard's latency against the built server over stdio, as a client sees
// it: hush/scanText request → reply with the planned paste edit, for typical and large pastes; and, for
// clients without the paste API, a large pasted didChange → its publishDiagnostics. Prints figures only.
import { createExampleGen } from '../engine/examples';
import { SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult } from '../protocol/messages';
import { lpad, pad } from './timing';
import { LspClient } from '../test/support/lspClient';
import { tempDir } from '../test/support/tempTree';

const g = createExampleGen(5);
const ghp = () => g.crc32Token('ghp_', 30);
const stripe = () => `sk_live_${g.alnum(32)}`;
const RUNS = 40;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function main(): Promise<void> {
  const client = new LspClient(tempDir('hush-bench-paste-'), { inheritStderr: true });
  await client.initialize();
  const conn = client.connection;
  let version = 1;
  const open = (name: string, languageId: string, text: string) => client.open(name, text, languageId, false);

  const code = Array.from({ length: 60 }, (_, i) => `export function f${i}(a: number): number {\n  return a * ${i};\n}\n`).join('');
  const bigCode = Array.from({ length: 20000 }, (_, i) => `export const v${i} = compute(${i}, "item-${i}");\n`).join('');
  const logDump = Array.from({ length: 4000 }, (_, i) => `${i} INFO handled /api/items/${i} in ${i % 97} ms`).join('\n');
  const cases: Array<{ name: string; file: string; languageId: string; doc: string; clip: string }> = [
    { name: 'no secret, 1 line', file: 'a.ts', languageId: 'typescript', doc: code, clip: 'const greeting = "hello world";\n' },
    { name: '1 token between quotes', file: 'b.ts', languageId: 'typescript', doc: code + 'const token = "";\n', clip: ghp() },
    { name: '3 secrets, Python', file: 'c.py', languageId: 'python', doc: 'import sys\n\n', clip: `A = "${ghp()}"\nB = "${stripe()}"\nC = "${ghp()}"\n` },
    { name: '1 token, 1 MB document', file: 'd.ts', languageId: 'typescript', doc: bigCode, clip: `const t = "${ghp()}";\n` },
    { name: '1 token in a 170 KB paste', file: 'e.txt', languageId: 'plaintext', doc: '', clip: logDump.replace('2000 INFO', `2000 token ${ghp()} INFO`) },
  ];
  console.log(`paste guard: hush/scanText round trip (request → reply with the planned edit), ${RUNS} runs each`);
  console.log(`${pad('case', 28)}${lpad('doc KB', 8)}${lpad('paste KB', 10)}${lpad('median ms', 11)}${lpad('p95 ms', 9)}`);
  for (const c of cases) {
    const uri = open(c.file, c.languageId, c.doc);
    const insertStart = c.doc.endsWith('"";\n') ? c.doc.length - 3 : c.doc.length;
    const params: ScanTextParams = { uri, languageId: c.languageId, text: c.clip, documentText: c.doc, insertStart, insertEnd: insertStart };
    const times: number[] = [];
    for (let i = 0; i < RUNS + 3; i++) {
      const t = performance.now();
      const r: ScanTextResult = await conn.sendRequest(SCAN_TEXT_METHOD, params);
      if (i >= 3) times.push(performance.now() - t); // the first runs warm caches (settings, git, config)
      if (i === 0 && c.name.startsWith('no secret') !== (r.plan === undefined)) throw new Error(`unexpected reply for ${c.name}`);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${pad(c.name, 28)}${lpad((c.doc.length / 1024).toFixed(0), 8)}${lpad((c.clip.length / 1024).toFixed(1), 10)}${lpad(percentile(times, 0.5).toFixed(1), 11)}${lpad(percentile(times, 0.95).toFixed(1), 9)}`,
    );
  }

  // Clients without the paste API: the pasted change's own diagnostics, in a document past the large-rescan threshold.
  const uri = open('big.log', 'plaintext', 'start\n');
  const lat: number[] = [];
  let docLength = 'start\n'.length;
  for (let i = 0; i < 10; i++) {
    const dump = `${logDump}\n${i} DEBUG token ${ghp()}\n${logDump}\n`;
    const v = ++version;
    const t = performance.now();
    const got = client.diagnostics(uri, (p) => p.version === v && p.diagnostics.length > 0, 60_000);
    void conn.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: dump }],
    });
    docLength += dump.length;
    await got;
    lat.push(performance.now() - t);
  }
  lat.sort((a, b) => a - b);
  console.log(
    `large pasted didChange (${(docLength / 10 / 1024).toFixed(0)} KB each, document grows to ${(docLength / 1048576).toFixed(1)} MB) → its publishDiagnostics: median ${percentile(lat, 0.5).toFixed(1)} ms, max ${lat[lat.length - 1]!.toFixed(1)} ms`,
  );
  await client.dispose();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
