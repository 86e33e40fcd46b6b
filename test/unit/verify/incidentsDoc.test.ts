// docs/incidents.md lists every validity check exactly as engine/verify/verifiers.ts declares it.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/paths';
import { TABLE_END, TABLE_START, verifierTableMarkdown } from '../../../report/verifierTable';

describe('docs/incidents.md', () => {
  it('holds the generated table of validity checks (npm run docs:incidents)', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'incidents.md'), 'utf8');
    const start = doc.indexOf(TABLE_START);
    const end = doc.indexOf(TABLE_END);
    assert.ok(start >= 0 && end > start, 'the table markers are in docs/incidents.md');
    assert.equal(doc.slice(start, end + TABLE_END.length), verifierTableMarkdown());
  });
});
