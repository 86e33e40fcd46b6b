// The prose/chat part of rw-dev3 keeps the size its first-look and tuning figures rely on, and its spans are
// well formed (a label never overlaps a marked negative, an unscored span or another label).
import * as assert from 'node:assert/strict';
import { buildRealWorldCorpus } from '../../bench/quality/realWorld/build';
import { DEV3_SET } from '../../bench/quality/realWorld/dev3Set';
import { PROSE_CHAT_DOCS } from '../../bench/quality/realWorld/dev3/proseChat';

describe('rw-dev3 prose/chat documents', () => {
  const files = buildRealWorldCorpus({ id: 'rw-dev3-prose-chat', seed: DEV3_SET.seed, docs: PROSE_CHAT_DOCS });

  it('hold >= 80 documents, >= 250 positives and at least as many marked negatives, in prose and precision', () => {
    assert.ok(files.length >= 80, `${files.length} documents`);
    const positives = files.reduce((n, f) => n + f.labels.length, 0);
    const negatives = files.reduce((n, f) => n + f.negatives!.length, 0);
    assert.ok(positives >= 250, `${positives} positives, ${negatives} negatives`);
    assert.ok(negatives >= positives, `${negatives} marked negatives < ${positives} positives`);
    const areas = new Set(files.flatMap((f) => f.areas ?? []));
    for (const area of ['prose', 'precision']) assert.ok(areas.has(area as never), area);
  });

  it('never overlap a label with a negative, an unscored span or another label, and no label is empty', () => {
    for (const f of files) {
      const spans = [...f.labels.map((l) => [l.start, l.end] as const), ...f.negatives!, ...f.unscored!].sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0] >= spans[i - 1]![1], `${f.template}: overlapping spans`);
      for (const l of f.labels) assert.ok(l.end > l.start, `${f.template}: empty label`);
    }
  });
});
