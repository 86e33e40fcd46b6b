// The rule set as a whole: size, revocation guidance, prefilter keywords, masking and the generated docs.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtinRules, createScanner, maskSecret } from '../../../../engine';
import { createExampleGen, unmark } from '../../../../engine/examples';
import { renderRulesDoc } from '../../../../scripts/renderRulesDoc';
import { ROOT } from '../../../support/paths';

const providerRules = builtinRules.filter((r) => r.family !== 'generic');

describe('rule set', () => {
  it('has at least 200 provider rules', () => {
    assert.ok(providerRules.length >= 200, `only ${providerRules.length} provider rules`);
  });

  it('gives every provider rule a revocation URL or a note saying what to do instead', () => {
    for (const r of providerRules) {
      if (r.revocationUrl === null) assert.ok((r.revocationNote ?? '').length > 20, `${r.id}: revocationUrl null needs a revocationNote`);
      else assert.match(r.revocationUrl, /^https:\/\/[^\s]+$/, `${r.id}: revocationUrl`);
    }
  });

  it('keeps the prefilter effective: every keyword has at least 3 characters', () => {
    // A word of a script the prefilter folds (CJK: one character per syllable) may have two.
    for (const r of builtinRules) for (const k of r.keywords) assert.ok(k.length >= 3 || (k.length === 2 && /^[\u3040-\u9fff\uac00-\ud7af]+$/.test(k)), `${r.id}: keyword "${k}" is too short`);
  });

  it('shows only the public prefix and at most 4 trailing characters of any example secret', () => {
    const scanner = createScanner();
    for (const r of providerRules) {
      const [marked] = r.examples.positives(createExampleGen(7));
      const { text, spans } = unmark(marked!);
      const [start, end] = spans[0]!;
      const f = scanner.scan(text).find((x) => x.ruleId === r.id && x.start === start && x.end === end);
      assert.ok(f, `${r.id}: first positive example not found`);
      const secret = text.slice(start, end);
      const prefix = r.maskPrefix?.exec(secret)?.[0] ?? '';
      assert.ok(f.masked.startsWith(prefix + '…'), `${r.id}: masked form ${f.masked}`);
      assert.ok(f.masked.length - prefix.length - 1 <= 4, `${r.id}: masked form shows too much`);
    }
  });

  it('masks a private key block to its BEGIN header, with no tail from the END line', () => {
    const g = createExampleGen(3);
    // An ed25519 key's body is five lines of 70 (a shorter block reads as an elided example).
    const body = Array.from({ length: 5 }, () => g.base64(70)).join('\n');
    const key = `-----BEGIN OPENSSH PRIVATE KEY-----\n${body}\n-----END OPENSSH PRIVATE KEY-----`;
    const [f] = createScanner().scan(`${key}\n`);
    assert.equal(f?.masked, '-----BEGIN OPENSSH PRIVATE KEY-----…');
    assert.equal(maskSecret(key, /^-----BEGIN [A-Z ]+-----/), '-----BEGIN OPENSSH PRIVATE KEY-----…');
  });

  it('docs/rules.md is up to date (run `npm run docs:rules`)', () => {
    const onDisk = readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8');
    assert.ok(onDisk === renderRulesDoc(builtinRules), 'docs/rules.md is stale: run `npm run docs:rules` and commit the result');
  });
});
