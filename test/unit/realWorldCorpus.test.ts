// The real-world corpus builder (bench/quality/realWorld/): markers become labelled spans of the clean text,
// with their category; unscored spans are kept apart; every registered set renders cleanly.
import * as assert from 'node:assert/strict';
import { buildRealWorldCorpus } from '../../bench/quality/realWorld/build';
import { DEV_SET } from '../../bench/quality/realWorld/devSet';
import { REAL_WORLD_SETS } from '../../bench/quality/realWorld/sets';
import type { RealWorldSet } from '../../bench/quality/realWorld/types';

describe('real-world corpus builder', () => {
  it('turns category markers into labels at the right offsets', () => {
    const set: RealWorldSet = {
      id: 't',
      seed: 7,
      docs: [
        {
          id: 'runbook',
          areas: ['command-line'],
          path: 'docs/runbook.md',
          render: (g, m) => `mysql -u root -p${m.secret('password', `${g.alnum(6)}!`)} db\nuser ${m.unscored('admin')} / token ${m.secret('provider', 'x'.repeat(4), 'Acme')}\n`,
        },
      ],
    };
    const [file] = buildRealWorldCorpus(set);
    assert.ok(file);
    assert.equal(file.labels.length, 2);
    const [pw, provider] = file.labels;
    assert.equal(file.text.slice(pw!.start, pw!.end).length, 7);
    assert.equal(pw!.category, 'password');
    assert.equal(provider!.category, 'provider');
    assert.equal(provider!.ruleId, 'Acme');
    assert.equal(file.text.slice(provider!.start, provider!.end), 'xxxx');
    assert.deepEqual(
      file.unscored!.map(([s, e]) => file.text.slice(s, e)),
      ['admin'],
    );
    assert.doesNotMatch(file.text, /[\u0001-\u0003]/);
  });

  it('counts negative markers without labelling them', () => {
    const set: RealWorldSet = {
      id: 't',
      seed: 3,
      docs: [{ id: 'n', areas: ['precision'], path: 'a.env', render: (_g, m) => `A=${m.negative('<password>')}\nB=${m.secret('token', 'tttt')}\n` }],
    };
    const [file] = buildRealWorldCorpus(set);
    assert.equal(file!.text, 'A=<password>\nB=tttt\n');
    assert.equal(file!.labels.length, 1);
    assert.deepEqual(
      file!.negatives!.map(([s, e]) => file!.text.slice(s, e)),
      ['<password>'],
    );
  });

  it('rejects duplicate document ids', () => {
    const doc = { id: 'a', areas: [], path: 'a.txt', render: () => 'x' } as const;
    assert.throws(() => buildRealWorldCorpus({ id: 't', seed: 1, docs: [doc, doc] }), /duplicate/);
  });

  it('every registered set renders with balanced markers and at least one label', () => {
    for (const set of REAL_WORLD_SETS) {
      const files = buildRealWorldCorpus(set);
      assert.ok(
        files.some((f) => f.labels.length > 0),
        `${set.id} has no labels`,
      );
      for (const f of files) assert.doesNotMatch(f.text, /[\u0001-\u0003]/, `${set.id}/${f.template}`);
    }
  });

  it('rw-dev keeps the size the tuning work relies on: documents, labels per category, areas, negatives', () => {
    const files = buildRealWorldCorpus(DEV_SET);
    assert.ok(files.length >= 220, `${files.length} documents`);
    const byCategory = new Map<string, number>();
    for (const f of files) for (const l of f.labels) byCategory.set(l.category!, (byCategory.get(l.category!) ?? 0) + 1);
    const floors = { password: 350, token: 150, provider: 100, 'connection-string': 80, 'http-auth': 80, 'private-key': 10 };
    for (const [category, floor] of Object.entries(floors)) assert.ok((byCategory.get(category) ?? 0) >= floor, `${category}: ${byCategory.get(category) ?? 0} < ${floor}`);
    const positives = [...byCategory.values()].reduce((a, b) => a + b, 0);
    const negatives = files.reduce((n, f) => n + f.negatives!.length, 0);
    assert.ok(negatives >= positives, `${negatives} marked negatives < ${positives} positives`);
    const areas = new Set(files.flatMap((f) => f.areas ?? []));
    for (const area of ['command-line', 'prose', 'defaults-in-code', 'http-auth', 'config-syntax', 'code', 'credential-file', 'logs-and-output', 'precision']) assert.ok(areas.has(area), area);
    const providers = new Set(files.flatMap((f) => f.labels.filter((l) => l.category === 'provider').map((l) => l.ruleId)));
    assert.ok(providers.size >= 40, `${providers.size} providers`);
  });

  it('rw-dev labels never overlap a marked negative or each other, and no label is empty', () => {
    for (const f of buildRealWorldCorpus(DEV_SET)) {
      const spans = [...f.labels.map((l) => [l.start, l.end] as const), ...f.negatives!].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0] >= spans[i - 1]![1], `${f.template}: overlapping spans`);
      for (const l of f.labels) assert.ok(l.end > l.start, `${f.template}: empty label`);
    }
  });
});
