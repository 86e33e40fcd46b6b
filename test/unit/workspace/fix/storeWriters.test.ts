import assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { withoutValue } from '../../../../workspace/fix/storeWriters';

describe('store tool messages', () => {
  const g = createExampleGen(1919);

  it('mask the value when a tool echoes it back in an error', () => {
    const value = g.alnum(32);
    const message = withoutValue(`error: cannot insert "${value}" (no key)`, value);
    assert.ok(!message.includes(value), message);
    assert.match(message, /^error: cannot insert ".+" \(no key\)$/);
  });

  it('mask each line of a multi-line value, and leave a message without it as it was', () => {
    const lines = [g.base64(48), g.base64(48)];
    const value = `-----BEGIN KEY-----\n${lines.join('\n')}\n-----END KEY-----`;
    const message = withoutValue(`gpg: bad data near ${lines[1]}`, value);
    assert.ok(!message.includes(lines[1]!), message);
    assert.equal(withoutValue('pass: gpg: decryption failed: No secret key', value), 'pass: gpg: decryption failed: No secret key');
    assert.equal(withoutValue('exit 1', ''), 'exit 1');
  });
});
