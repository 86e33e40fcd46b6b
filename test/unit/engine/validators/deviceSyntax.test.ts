// Device syntax read where a value would be (engine/validators/deviceSyntax.ts): a RouterOS line's next `name=value`
// after an empty value is no password, but a quoted `word=word7` is the value itself.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { isDeviceSyntax } from '../../../../engine/validators/deviceSyntax';

const scanner = createScanner();
const g = createExampleGen(1508);

describe('device syntax in place of a value', () => {
  it('reads an unquoted next parameter and a syntax word as syntax, a quoted name=value as a value', () => {
    assert.equal(isDeviceSyntax('limit-uptime=1h'), true);
    assert.equal(isDeviceSyntax('ascii-text', '"'), true);
    assert.equal(isDeviceSyntax('limit-uptime=1h', '"'), false);
  });

  it('reports a quoted password shaped like name=value in code', () => {
    const value = `${g.pick(['harbour', 'granite', 'meadow'])}=${g.pick(['island', 'copper', 'falcon'])}${g.digits(2)}`;
    const text = `public final class Db {\n    private static final String PASS_FAILOVER = "${value}";\n}\n`;
    const found = scanner.scan(text, { path: 'src/main/java/Db.java' });
    assert.ok(
      found.some((f) => text.slice(f.start, f.end) === value),
      'the quoted value is found',
    );
  });

  it("leaves a RouterOS line's next parameter after an empty password", () => {
    const text = `/ip hotspot user add name=guest password= limit-uptime=1h comment=lobby\n`;
    assert.deepEqual(
      scanner.scan(text, { path: 'backup/hotspot.rsc' }).map((f) => f.ruleId),
      [],
    );
  });
});
