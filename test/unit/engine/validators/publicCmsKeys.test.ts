// Keys a CMS builds into its pages (rw-dev19): Ghost's Content API key, and a delivery token a comment above calls
// public. The generic rule leaves them; the secret beside them is still reported.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(1919);

function genericValues(text: string, path = 'src/config.ts'): string[] {
  return scanner
    .scan(text, { path })
    .filter((f) => f.ruleId === 'generic-secret-assignment')
    .map((f) => text.slice(f.start, f.end));
}

describe('public CMS keys', () => {
  it("leaves Ghost's Content API key (26 hex) and still reports the admin key's secret beside it", () => {
    const content = g.hex(26);
    const secret = g.alnum(32);
    const text = `const CONTENT_KEY = '${content}';\nwindow.ghostContentKey = '${content}';\nconst WEBHOOK_SECRET = '${secret}';\n`;
    assert.deepEqual(genericValues(text, 'theme/assets/js/app.js'), [secret]);
  });

  it('still reports a 32-hex content key (a DRM content key is a secret)', () => {
    const key = g.hex(32);
    assert.deepEqual(genericValues(`CONTENT_KEY = "${key}"\n`, 'packager/settings.py'), [key]);
  });

  it('leaves a token a comment right above calls public, not one it calls secret', () => {
    const publicToken = g.alnum(24);
    const preview = g.alnum(24);
    const text = `  // public token (published content) — fine in the client bundle\n  accessToken: '${publicToken}',\n  // preview token, keep it secret\n  previewToken: '${preview}',\n`;
    assert.deepEqual(genericValues(text, 'nuxt.config.ts'), [preview]);
  });

  it('still reports a token under a comment that says it is not public', () => {
    const token = g.alnum(24);
    assert.deepEqual(genericValues(`  // not public token: server only\n  accessToken: '${token}',\n`, 'nuxt.config.ts'), [token]);
  });
});
