// Memo tables of names (secretName.ts, commandLine.ts, proseTables.ts) outlive the texts they were asked about:
// a key that is a V8 slice of a scanned file keeps the whole file alive (ownString.ts). After many large texts are
// scanned and dropped, the heap must be back near where it was, not holding one text per remembered name.
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createExampleGen } from '../../../../engine/examples';
import { createScanner } from '../../../../engine/detect/scan';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const TEXTS = 96;
const FILLER = 256 * 1024;

/** A large text whose few lines give every memo table a name of 13+ characters of its own (`k` keeps them apart). */
function largeText(k: number, value: string): string {
  const tag = String.fromCharCode(97 + (k % 26), 97 + ((k / 26) | 0));
  return [
    'z'.repeat(FILLER),
    `mysql --user root --database-password-${tag}-primary=${value}`,
    `DATABASE_PRIMARY_${tag}_PASSWORD = "${value}"`,
    `databaseprimary${tag}password: ${value}`,
    `| host | Administrator ${tag} password |`,
    `| db1 | ${value} |`,
    '',
  ].join('\n');
}

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('texts kept alive by memo tables', () => {
  it('scanned texts are not retained once dropped', function () {
    this.timeout(120000);
    const g = createExampleGen(7);
    const scanner = createScanner();
    // Warm up: compile the rules these lines flag, fill the tables' other entries.
    for (let k = 0; k < 4; k++) scanner.scan(largeText(1000 + k, g.alnum(20)));
    const before = heapAfterGc();
    for (let k = 0; k < TEXTS; k++) scanner.scan(largeText(k, g.alnum(20)));
    const grown = heapAfterGc() - before;
    // Retained, each text would be 256 KB: 24 MB in all. A few MB of other growth is fine.
    assert.ok(grown < 8 * 1024 * 1024, `heap grew ${(grown / 1048576).toFixed(1)} MB after scanning ${TEXTS} texts of ${FILLER / 1024} KB`);
  });
});
