// A generated password that opens with `$` is a value, not a shell variable: isStandIn tells them apart.
import assert from 'node:assert/strict';
import { isStandIn } from '../../../../engine/validators/literalArgument';

/** A generated-looking run built at run time: `$`, two letters, a symbol, then mixed characters. */
const generated = (head: string, sym: string) => `$${head}${sym}${'7xK'}${'$M_'}${'PqRTZ'}${'WYvBc'}${'Lw=k'}`;

describe('values opening with a dollar sign', () => {
  it('reads a generated run after a short name and a symbol as a value', () => {
    for (const v of [generated('Dq', '!'), generated('r', '#'), generated('Abc', '%')]) assert.equal(isStandIn(v), false, v);
  });

  it('still reads variables and their joins as stand-ins', () => {
    for (const v of ['$DB_PASS$@', '$password!', '$HOME/.secrets/db', '$pw', '${DB_PASSWORD}', '$env:DB_PASS', '$Pw!short1A', `$${'dbPassword'}!${'Suffix'}2024X`]) {
      assert.equal(isStandIn(v), true, v);
    }
  });
});
