// Every finding the engine reports under some folders, one line each (file, rule, start, end, fingerprint):
// the check that a speed change leaves findings identical. `node out/bench/findingsSnapshot.js DIR... > a.tsv`
// on the old and the new build, then `diff a.tsv b.tsv` (no output: identical). Every file is scanned
// (no .gitignore, as bench:quality's real-code set), each reading of it (workspace/readFile.ts), with the
// default config; values never appear (fingerprints only).
import { relative, sep } from 'node:path';
import { createScanner } from '../engine';
import { readText } from '../workspace/readFile';
import { walkFiles } from '../workspace/walk';

async function main(): Promise<void> {
  const roots = process.argv.slice(2);
  if (roots.length === 0) {
    console.error('usage: node out/bench/findingsSnapshot.js DIR...');
    process.exit(2);
  }
  const scanner = createScanner();
  const lines: string[] = [];
  let files = 0;
  for (const root of roots) {
    for await (const file of walkFiles(root, { gitignore: false })) {
      const read = readText(file.absolute);
      if ('skipped' in read) continue;
      files++;
      const display = relative(process.cwd(), file.absolute).split(sep).join('/');
      for (const [n, text] of [read.text, ...(read.alternates ?? [])].entries()) {
        for (const f of scanner.scan(text, { path: display })) {
          lines.push([display + (n > 0 ? `#${n}` : ''), f.ruleId, f.start, f.end, f.fingerprint, f.keyName ?? '', (f.related ?? []).map((r) => `${r.start}-${r.end}`).join(',')].join('\t'));
        }
      }
    }
  }
  lines.sort();
  process.stdout.write(lines.join('\n') + '\n');
  console.error(`${files} files, ${lines.length} findings`);
}

void main();
