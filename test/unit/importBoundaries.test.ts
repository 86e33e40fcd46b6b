// The layer rule (docs/architecture.md): imports point down only. engine imports none of the others and no
// editor, LSP or file-system module; server and client never import the CLI; nothing imports upward.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import layers from '../support/layers.json';
import { ROOT } from '../support/paths';

/** The layer table, shared with eslint.config.mjs (which flags the same imports in the editor). */
const ALLOWED: Record<string, readonly string[]> = layers.allowed;
/** Packages a layer must not import: the engine runs anywhere, only the client runs inside VS Code. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = Object.fromEntries(Object.entries(layers.forbiddenPackages).map(([layer, re]) => [layer, new RegExp(re)]));

export interface Violation {
  file: string;
  spec: string;
  why: string;
}

const SPECIFIER = /(?:^|[^\w.])(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;

/** Violations of the layer rule in one file's text (`file` relative to the repository root). */
export function importViolations(file: string, text: string): Violation[] {
  const layer = file.split('/')[0]!;
  const allowed = ALLOWED[layer];
  if (!allowed) return [];
  const out: Violation[] = [];
  for (const m of text.matchAll(SPECIFIER)) {
    const spec = m[1]!;
    if (spec.startsWith('.')) {
      const target = relative(ROOT, resolve(ROOT, dirname(file), spec))
        .split(sep)
        .join('/');
      const targetLayer = target.split('/')[0]!;
      if (target.startsWith('..') || !allowed.includes(targetLayer)) out.push({ file, spec, why: `${layer}/ may not import ${targetLayer}/` });
    } else if (FORBIDDEN_PACKAGES[layer]!.test(spec)) {
      out.push({ file, spec, why: `${layer}/ may not import the package ${spec}` });
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${dir}/${f.split(sep).join('/')}`);
}

describe('import boundaries', () => {
  it('finds an upward import, a CLI import from the server and vscode in the engine (the check can fail)', () => {
    assert.equal(importViolations('engine/detect/scan.ts', "import { x } from '../../server/server';").length, 1);
    assert.equal(importViolations('server/a.ts', "import { toSarif } from '../cli/format/sarif';").length, 1);
    assert.equal(importViolations('client/a.ts', "import { installHook } from '../cli/hook';").length, 1);
    assert.equal(importViolations('engine/a.ts', "import * as vscode from 'vscode';").length, 1);
    assert.equal(importViolations('engine/a.ts', "import { readFileSync } from 'node:fs';").length, 1);
    assert.equal(importViolations('git/a.ts', "const w = require('../workspace');").length, 1);
    assert.equal(importViolations('cli/a.ts', "import { toSarif } from '../report/sarif';").length, 0);
    // The network layer may use the engine only; nothing below it may reach the network layer.
    assert.equal(importViolations('verify/a.ts', "import { x } from '../git/exec';").length, 1);
    assert.equal(importViolations('verify/a.ts', "import { planCheck } from '../engine/verify';").length, 0);
    assert.equal(importViolations('git/a.ts', "import { LiveChecker } from '../verify';").length, 1);
    assert.equal(importViolations('client/a.ts', "import { LiveChecker } from '../verify';").length, 1);
  });

  it('every source file keeps to its layer', () => {
    const violations = Object.keys(ALLOWED).flatMap((layer) => sourceFiles(layer).flatMap((f) => importViolations(f, readFileSync(join(ROOT, f), 'utf8'))));
    assert.deepEqual(
      violations.map((v) => `${v.file}: '${v.spec}' (${v.why})`),
      [],
    );
  });
});
