import assert from 'node:assert/strict';
import { createScanner, redactText } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';

describe('redactText (redact filter and the masked LSP trace)', () => {
  const scanner = createScanner();
  const g = createExampleGen(99);

  it('masks every secret in a JSON-RPC trace line, keeping the rest', () => {
    const ghp = g.crc32Token('ghp_', 30);
    const stripe = `sk_live_${g.alnum(24)}`;
    const message = JSON.stringify({ method: 'textDocument/didOpen', params: { textDocument: { text: `const a = "${ghp}";\nconst b = '${stripe}';\n` } } });
    const out = redactText(scanner, `[Trace - 10:00:00] Sending notification 'textDocument/didOpen'.\nParams: ${message}`);
    assert.ok(!out.includes(ghp) && !out.includes(stripe), 'a raw value survived');
    assert.ok(out.includes(`ghp_…${ghp.slice(-4)}`) && out.includes('sk_live_…'));
    assert.ok(out.includes("Sending notification 'textDocument/didOpen'"));
  });

  it('leaves text without secrets unchanged', () => {
    const text = 'Params: {"uri":"file:///a.js","version":3}';
    assert.equal(redactText(scanner, text), text);
  });
});
