// Bad bytes at sizes too big for unit tests: every kind of awkward text through the engine (timed, never
// throwing), a 5 MB single minified line with and without thousands of findings and a suppression
// marker, and a 50 MB file through the built CLI (time and peak memory).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createScanner } from '../engine';
import { createExampleGen } from '../engine/examples';
import { decode } from '../workspace';
import { INVALID_UTF8, minifiedLine, randomBytes, utf16WithBom } from '../test/support/bytes';
import { bestMs, flat, lpad, pad } from './timing';
import { tempDir } from '../test/support/tempTree';

export interface BadBytesResult {
  failures: string[];
}

export function runBadBytes(): BadBytesResult {
  const failures: string[] = [];
  const scanner = createScanner();
  const g = createExampleGen(5150);
  const token = () => g.crc32Token('ghp_', 30);
  const MB = 1 << 20;
  const line = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const cases: [string, (n: number) => string][] = [
    ['random bytes as UTF-8', (n) => randomBytes(1, n).toString('utf8')],
    ['random bytes as UTF-16 (lone surrogates)', (n) => randomBytes(2, n * 2).toString('utf16le')],
    ['invalid UTF-8 repeated', (n) => Buffer.alloc(n, INVALID_UTF8).toString('utf8')],
    ['NUL bytes', (n) => '\0'.repeat(n)],
    ['NUL-separated secrets', (n) => Array.from({ length: Math.ceil(n / 48) }, () => token()).join('\0\0\0\0\0\0\0\0')],
    ['CRLF lines, a secret every 10th', (n) => Array.from({ length: Math.ceil(n / 48) }, (_, i) => (i % 10 ? 'const a = b + c; // ok ok ok ok ok ok ok' : `t = "${token()}"`)).join('\r\n')],
    ['lone CR lines', line('x = 1;\r')],
    ['UTF-8 BOM + text, decoded', (n) => decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.alloc(n, 'let a = 1;\n')]))!],
    ['UTF-16 BE with BOM, decoded', (n) => decode(utf16WithBom(line('k = 1;\n')(n), 'be'))!],
    ['single minified line, no secrets', (n) => minifiedLine(n)],
    ['single minified line, a secret every 50 units', (n) => minifiedLine(n, () => `"${token()}",`)],
    ['the same + "hush:allow" at its end', (n) => minifiedLine(n, () => `"${token()}",`) + '//hush:allow'],
    ['one line of "token aB3dEf9hQ2x " (was quadratic)', line('token aB3dEf9hQ2x ')],
    ['one line of x="abc"+"def"; (was quadratic)', line('x="abc"+"def";')],
    ['one line of "password="', line('password=')],
    ['one character', (n) => 'a'.repeat(n)],
  ];
  // The large text is the small one ten times over (joined without a break, so one line stays one line):
  // the same keywords, so the same rules run, and linear work grows exactly 10×.
  const SMALL = MB / 2;
  const TIMES = 10;
  console.log(`\n## Bad bytes through the engine: 0.5 MB, then the same 10× over (5 MB; linear: ratio about 10)`);
  console.log(`${pad('input', 50)} ${lpad('0.5MB ms', 9)} ${lpad('5MB ms', 8)} ${lpad('ratio', 6)} ${lpad('MB/s', 6)} ${lpad('findings', 9)}`);
  for (const [label, build] of cases) {
    const small = flat(build(SMALL));
    const large = flat(small.repeat(TIMES));
    let n = 0;
    let s = NaN;
    let l = NaN;
    try {
      s = bestMs(3, () => scanner.scan(small, { path: 'bench.js' }));
      l = bestMs(2, () => {
        n = scanner.scan(large, { path: 'bench.js' }).length;
      });
    } catch (e) {
      failures.push(`${label}: engine threw ${(e as Error).name}`);
    }
    let ratio = l / Math.max(s, 0.05);
    // Inputs that take a few ms at 0.5 MB measure caches and GC, not growth; a flag is re-measured first.
    if (s >= 20 && l >= 200 && ratio > 2 * TIMES) {
      s = Math.min(
        s,
        bestMs(3, () => scanner.scan(small, { path: 'bench.js' })),
      );
      l = Math.min(
        l,
        bestMs(2, () => scanner.scan(large, { path: 'bench.js' })),
      );
      ratio = l / s;
      if (ratio > 2 * TIMES) failures.push(`${label}: ${ratio.toFixed(1)}× the time for ${TIMES}× the text (super-linear?)`);
    }
    console.log(`${pad(label, 50)} ${lpad(s.toFixed(0), 9)} ${lpad(l.toFixed(0), 8)} ${lpad(ratio.toFixed(1), 6)} ${lpad((large.length / MB / (l / 1000)).toFixed(1), 6)} ${lpad(n, 9)}`);
  }
  runFiftyMegabytes(failures);
  return { failures };
}

/** A 50 MB file through the built CLI: skipped by default (too-large), scanned with --max-file-size 64. */
function runFiftyMegabytes(failures: string[]): void {
  const cli = resolve('dist/cli.js');
  if (!existsSync(cli)) {
    failures.push('dist/cli.js missing: run the build first');
    return;
  }
  const dir = tempDir('hush-fuzz-50mb-');
  try {
    const g = createExampleGen(50);
    const lines: string[] = [];
    let size = 0;
    let planted = 0;
    for (let i = 0; size < 50 * 1048576; i++) {
      const line = i % 5000 === 0 ? (planted++, `const t${i} = "${g.crc32Token('ghp_', 30)}";`) : `const v${i} = compute(${i}, "some text here", options); // log line ${i}`;
      lines.push(line);
      size += line.length + 1;
    }
    writeFileSync(join(dir, 'huge.js'), lines.join('\n'));
    lines.length = 0;
    console.log(`\n## A 50 MB file through the CLI (${planted} planted secrets)`);
    const time = existsSync('/usr/bin/time');
    for (const args of [[], ['--max-file-size', '64']]) {
      const argv = [cli, 'scan', dir, '--format', 'json', '--threads', '1', ...args];
      const started = performance.now();
      const r = time
        ? spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, ...argv], { encoding: 'utf8', maxBuffer: 256 << 20 })
        : spawnSync(process.execPath, argv, { encoding: 'utf8', maxBuffer: 256 << 20 });
      const ms = performance.now() - started;
      const rss = /MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1];
      let summary = `exit ${r.status}`;
      try {
        const out = JSON.parse(r.stdout) as { findings: unknown[]; stats: { skipped: { reason: string }[] } };
        summary += `, ${out.findings.length} findings, skipped: ${out.stats.skipped.map((s) => s.reason).join(',') || 'none'}`;
        if (args.length > 0 && out.findings.length !== planted) failures.push(`50 MB file: ${out.findings.length} of ${planted} planted secrets found`);
        if (args.length === 0 && out.stats.skipped[0]?.reason !== 'too-large') failures.push('50 MB file not skipped as too-large by default');
      } catch {
        failures.push(`50 MB file ${args.join(' ') || '(default)'}: no JSON report (exit ${r.status})`);
      }
      console.log(
        `${pad(args.length ? 'hush scan --max-file-size 64' : 'hush scan (default limit 10 MB)', 36)} ${lpad((ms / 1000).toFixed(2), 6)} s  peak RSS ${rss ? (Number(rss) / 1024).toFixed(0) + ' MB' : 'n/a'}  ${summary}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
