// Every regex literal in engine/ (not only the rules) passes the same linear-time proof as the rules,
// unless it is listed below as running only on a short, bounded string. This test found three
// whole-document regexes that hung on a few kilobytes of blanks or an unbroken run (see git log).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ts from 'typescript';
import { regexSafetyProblem } from '../../../engine';
import { ROOT } from '../../support/paths';

const ENGINE = join(ROOT, 'engine');

/** Regexes with a super-linear shape that only ever see a bounded string, and what bounds it. */
const BOUNDED_INPUT: Record<string, string> = {
  '/^[ \\t]*(?:\\+|\\.|&|\\.\\.|\\|\\|)?[ \\t]*(?:\\r?\\n[ \\t]*(?:\\+|\\.|&|\\.\\.|\\|\\|)?[ \\t]*)?$/': 'concat.ts JOIN: only the ≤ 80 characters between two literals',
  '/[0-9!?.#*]+$/': 'entropy: a secret value (≤ the rule’s length bound)',
  '/^(.{1,4})\\1+.{0,3}$/': 'entropy: a secret value',
  '/([A-Z]+)([A-Z][a-z])/g': 'envName: a key name (≤ 80 characters)',
  '/=+$/': 'token formats: a secret value',
  '/https?:\\/\\/(?:feeds?\\.[\\w.-]{1,100}|[\\w.-]{1,100}\\/[^\\s"\'<>]{0,200}(?:\\.rss|\\.xml|\\/feeds?\\/|\\/rss\\/|podcast))[^\\s"\'<>]{0,200}$/i':
    'privateFeedUrls.ts FEED_URL: the ≤ 300 characters before a token',
};

function regexLiterals(): { where: string; literal: string }[] {
  const out: { where: string; literal: string }[] = [];
  const files = readdirSync(ENGINE, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const src = ts.createSourceFile(file, readFileSync(join(ENGINE, file), 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        out.push({ where: `engine/${file}:${src.getLineAndCharacterOfPosition(node.getStart(src)).line + 1}`, literal: node.getText(src) });
      }
      ts.forEachChild(node, visit);
    };
    visit(src);
  }
  return out;
}

describe('regex literals in engine/', () => {
  const literals = regexLiterals();

  it('finds the engine’s regex literals', () => assert.ok(literals.length > 100, `${literals.length} found`));

  it('are provably linear, or run only on a bounded string (listed with the bound)', () => {
    const unsafe: string[] = [];
    for (const { where, literal } of literals) {
      const slash = literal.lastIndexOf('/');
      const problem = regexSafetyProblem(literal.slice(1, slash), literal.slice(slash + 1));
      if (problem && !(literal in BOUNDED_INPUT) && !isValueOnly(literal)) unsafe.push(`${where} ${literal}\n    ${problem}`);
    }
    assert.deepEqual(unsafe, []);
  });

  it('lists no bounded-input exception that no longer exists', () => {
    const present = new Set(literals.map((l) => l.literal));
    assert.deepEqual(
      Object.keys(BOUNDED_INPUT).filter((k) => !present.has(k)),
      [],
    );
  });
});

/** Validators' value checks: the placeholder filter and URL shapes see one value (≤ a rule's length bound). */
function isValueOnly(literal: string): boolean {
  return literal.startsWith('/\\$\\{[^}]*\\}|') || literal.startsWith('/^[a-z][a-z0-9+.-]{1,20}:\\/\\/(?!');
}
