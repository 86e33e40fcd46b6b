// keyNameBefore runs its `$`-anchored tail regexes only when the line's end has the shape each needs (checked
// backwards in a few characters). The answer must be the one the regexes alone give, on every ending.
import assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { keyNameBefore } from '../../../../engine/fix/envName';

const ASSIGNMENT_TAIL = /(?:^|[^\w$.-])([A-Za-z_$][\w$.-]{0,80})["'`\]]?\s{0,4}(?::=|=>|\?\?=|\|\|=|[=:,])\s{0,4}(?:[A-Za-z@]{1,3}(?=["'`]))?["'`]{0,3}$/;
const ANNOTATED_TAIL = /([A-Za-z_$][\w$]{0,80})\??[ \t]{0,4}:[ \t]{0,4}[A-Za-z_$][\w$.<>[\]|, \t]{0,60}=[ \t]{0,4}["'`]{0,3}$/;
const FLAG_TAIL = /--([A-Za-z][\w-]{0,60})[= ]["']?$/;

/** keyNameBefore as it was: the three regexes tried in turn on the line before the value. */
function reference(before: string): string | undefined {
  const flag = FLAG_TAIL.exec(before);
  if (flag) return flag[1];
  const annotated = ANNOTATED_TAIL.exec(before);
  if (annotated) return annotated[1];
  const m = ASSIGNMENT_TAIL.exec(before);
  if (!m) return undefined;
  return m[1]!.split('.').pop()!.replace(/^\$/, '') || undefined;
}

describe('keyNameBefore', () => {
  it('names what the tail regexes alone name, for generated line endings', () => {
    const g = createExampleGen(3);
    const parts = [
      'api_key',
      'token',
      '$pw',
      'cfg.secret',
      '--password',
      'x',
      ' ',
      '\t',
      '\u00a0',
      '=',
      ':',
      ':=',
      '=>',
      '??=',
      '||=',
      ',',
      '"',
      "'",
      '`',
      ']',
      '?',
      'b',
      'ab',
      'abc',
      'f@',
      'string',
      ' = ',
      ': str = ',
      '\u2028',
    ];
    for (let n = 0; n < 20000; n++) {
      const count = 1 + (n % 7);
      let before = '';
      for (let p = 0; p < count; p++) before += g.pick(parts);
      const text = before + 'VALUE';
      assert.equal(keyNameBefore(text, before.length), reference(before), JSON.stringify(before));
    }
  });
});
