// `password` spelled in leetspeak is a README's or a test's dummy (LABELLING.md: word-made values are not generic
// secrets); a chosen password that only contains such letters is not.
import assert from 'node:assert/strict';
import { isStandIn } from '../../../../engine/validators/placeholder';

describe('password in leetspeak', () => {
  it('reads the word in leetspeak, with digits or one "!" after it, as a dummy', () => {
    for (const v of ['pa$$word', 'P@ssw0rd', 'P@$$w0rd', 'Pa55word', 'pa55w0rd!', 'Passw0rd!', 'p4ssword2024']) assert.equal(isStandIn(v), 'dummy word', v);
  });

  it('leaves chosen passwords alone', () => {
    for (const v of ['P@ssw0rdKestrel9', 'Pa55-harbor-71', 'w0rdpa$$', 'Spa$$word7', 'Passw0rd!2024']) assert.equal(isStandIn(v), undefined, v);
  });
});
