// Each half of rw-dev2 keeps the size its first-look and tuning figures rely on, and its spans are well formed
// (a label never overlaps a marked negative, an unscored span or another label).
import * as assert from 'node:assert/strict';
import { buildRealWorldCorpus } from '../../bench/quality/realWorld/build';
import { DEV2_SET } from '../../bench/quality/realWorld/dev2Set';
import { FILES_HTTP_DOCS } from '../../bench/quality/realWorld/dev2/filesHttp';
import { PROSE_CODE_DOCS } from '../../bench/quality/realWorld/dev2/proseCode';

const HALVES = [
  { id: 'rw-dev2-prose-code', title: 'prose/code', docs: PROSE_CODE_DOCS, areas: ['prose', 'code', 'precision'] },
  { id: 'rw-dev2-files-http', title: 'files/HTTP', docs: FILES_HTTP_DOCS, areas: ['credential-file', 'http-auth', 'logs-and-output', 'config-syntax', 'precision'] },
];

for (const half of HALVES) {
  describe(`rw-dev2 ${half.title} documents`, () => {
    const files = buildRealWorldCorpus({ id: half.id, seed: DEV2_SET.seed, docs: half.docs });

    it(`hold >= 80 documents, >= 250 positives and at least as many marked negatives, in ${half.areas.join(', ')}`, () => {
      assert.ok(files.length >= 80, `${files.length} documents`);
      const positives = files.reduce((n, f) => n + f.labels.length, 0);
      const negatives = files.reduce((n, f) => n + f.negatives!.length, 0);
      assert.ok(positives >= 250, `${positives} positives`);
      assert.ok(negatives >= positives, `${negatives} marked negatives < ${positives} positives`);
      const areas = new Set(files.flatMap((f) => f.areas ?? []));
      for (const area of half.areas) assert.ok(areas.has(area), area);
    });

    it('never overlap a label with a negative, an unscored span or another label, and no label is empty', () => {
      for (const f of files) {
        const spans = [...f.labels.map((l) => [l.start, l.end] as const), ...f.negatives!, ...f.unscored!].sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0] >= spans[i - 1]![1], `${f.template}: overlapping spans`);
        for (const l of f.labels) assert.ok(l.end > l.start, `${f.template}: empty label`);
      }
    });
  });
}
