// The real-code negative set: the project's installed node_modules (code by thousands of authors) and
// any trees under bench/.cache/ other than this benchmark's own output. Every finding there is counted as
// a false positive per MB and listed (masked) for review by hand.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readText } from '../../workspace/readFile';
import { walkFiles } from '../../workspace/walk';
import type { Scanner } from '../../engine';
import { LineIndex } from '../../engine';
import { REAL_CODE_VERDICTS, type Verdict } from './realCodeVerdicts';

export interface RealFinding {
  file: string;
  line: number;
  ruleId: string;
  masked: string;
  fingerprint: string;
  keyName?: string;
  /** Set when a reviewed verdict (realCodeVerdicts.ts) says what this finding is. */
  verdict?: Verdict;
}

export interface RealCodeResult {
  roots: string[];
  files: number;
  bytes: number;
  findings: RealFinding[];
}

/** The value-hash half of a fingerprint (`rule:hash`). */
const valueHash = (fp: string) => fp.slice(fp.lastIndexOf(':') + 1);

/** Directories under bench/.cache written by the benchmarks themselves (never scanned as real code): this one's
 * corpora and bench:history's generated repository, whose planted keys are not real code's. */
const OWN_OUTPUT = /^(?:quality|history-\d+$)/;

export function realCodeRoots(projectRoot: string): string[] {
  const roots = [join(projectRoot, 'node_modules')];
  const cache = join(projectRoot, 'bench', '.cache');
  if (existsSync(cache)) {
    for (const name of readdirSync(cache)) {
      const p = join(cache, name);
      if (!OWN_OUTPUT.test(name) && statSync(p).isDirectory()) roots.push(p);
    }
  }
  return roots.filter((r) => existsSync(r));
}

export async function scanRealCode(scanner: Scanner, projectRoot: string): Promise<RealCodeResult> {
  const roots = realCodeRoots(projectRoot);
  const result: RealCodeResult = { roots: roots.map((r) => relative(projectRoot, r)), files: 0, bytes: 0, findings: [] };
  for (const root of roots) {
    for await (const file of walkFiles(root, { gitignore: false })) {
      const read = readText(file.absolute);
      if ('skipped' in read) continue;
      result.files++;
      result.bytes += read.bytes;
      const display = relative(projectRoot, file.absolute).split(sep).join('/');
      const findings = scanner.scan(read.text, { path: display });
      if (findings.length === 0) continue;
      const lines = new LineIndex(read.text);
      for (const f of findings) {
        result.findings.push({
          file: display,
          line: lines.position(f.start).line + 1,
          ruleId: f.ruleId,
          masked: f.masked,
          fingerprint: f.fingerprint,
          keyName: f.keyName,
          verdict: REAL_CODE_VERDICTS.find((v) => valueHash(v.fingerprint) === valueHash(f.fingerprint) && display.includes(v.file)),
        });
      }
    }
  }
  return result;
}
