// The real-world corpus builder (bench/quality/realWorld/): markers become labelled spans of the clean text,
// with their category; unscored spans are kept apart; every registered set renders cleanly.
import * as assert from 'node:assert/strict';
import { buildRealWorldCorpus } from '../../bench/quality/realWorld/build';
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
    assert.deepEqual(file.unscored!.map(([s, e]) => file.text.slice(s, e)), ['admin']);
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
    assert.deepEqual(file!.negatives!.map(([s, e]) => file!.text.slice(s, e)), ['<password>']);
  });

  it('rejects duplicate document ids', () => {
    const doc = { id: 'a', areas: [], path: 'a.txt', render: () => 'x' } as const;
    assert.throws(() => buildRealWorldCorpus({ id: 't', seed: 1, docs: [doc, doc] }), /duplicate/);
  });

  it('every registered set renders with balanced markers and at least one label', () => {
    for (const set of REAL_WORLD_SETS) {
      const files = buildRealWorldCorpus(set);
      assert.ok(files.some((f) => f.labels.length > 0), `${set.id} has no labels`);
      for (const f of files) assert.doesNotMatch(f.text, /[\u0001-\u0003]/, `${set.id}/${f.template}`);
    }
  });
});
