import assert from 'node:assert/strict';
import type { Diagnostic, PublishDiagnosticsParams, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createExampleGen } from '../../engine/examples';
import { parseDotenv } from '../../engine/fix/stores';
import { SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult } from '../../protocol/messages';
import { LspClient } from '../support/lspClient';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(23);
const ghp = () => g.crc32Token('ghp_', 30);
const stripe = () => `sk_live_${g.alnum(32)}`;
const slack = () => `xoxb-${g.digits(12)}-${g.digits(12)}-${g.alnum(24)}`;
const pem = () => `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: 6 }, () => g.base64(64)).join('\n')}\n-----END RSA PRIVATE KEY-----`;

async function withClient(files: Record<string, string>, fn: (c: LspClient) => Promise<void>): Promise<void> {
  const c = new LspClient(tempTree(files));
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

/** Opens `docWithCursor` (the paste point marked `|`) and asks the server about pasting `clip` there. */
async function askPaste(c: LspClient, path: string, languageId: string, docWithCursor: string, clip: string): Promise<{ uri: string; at: number; result: ScanTextResult }> {
  const at = docWithCursor.indexOf('|');
  const doc = docWithCursor.replace('|', '');
  const uri = c.open(path, doc, languageId);
  await c.diagnostics(uri, (p) => p.version === 1);
  const params: ScanTextParams = { uri, languageId, text: clip, documentText: doc, insertStart: at, insertEnd: at };
  return { uri, at, result: await c.connection.sendRequest(SCAN_TEXT_METHOD, params) };
}

/** Applies the paste edit as VS Code does: insertText at the paste point and the additional edit, in one go. */
function applyPaste(c: LspClient, uri: string, at: number, result: ScanTextResult): string {
  const plan = result.plan!;
  const own = (plan.additionalEdit.documentChanges ?? []).filter((ch): ch is TextDocumentEdit => 'textDocument' in ch && ch.textDocument.uri === uri);
  const doc = c.docs.get(uri)!;
  const pos = doc.positionAt(at);
  const after = TextDocument.applyEdits(doc, [{ range: { start: pos, end: pos }, newText: plan.insertText }, ...own.flatMap((e) => e.edits as TextEdit[])]);
  c.change(uri, [{ range: { start: doc.positionAt(0), end: doc.positionAt(doc.getText().length) }, text: after }]);
  const others: WorkspaceEdit = { documentChanges: (plan.additionalEdit.documentChanges ?? []).filter((ch) => !('textDocument' in ch) || ch.textDocument.uri !== uri) };
  c.applyEdit(others);
  return after;
}

describe('paste guard over a real JSON-RPC connection (hush/scanText)', function () {
  this.timeout(30_000);

  it('no secret, or placeholders only: no finding and no plan', async () => {
    await withClient({}, async (c) => {
      for (const clip of ['const greeting = "hello world";\n', 'API_KEY=your-api-key-here\ntoken: <TOKEN>\nsk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n']) {
        const { result } = await askPaste(c, `a${clip.length}.js`, 'javascript', 'x\n|', clip);
        assert.deepEqual(result, { findings: [] });
      }
    });
  });

  it('one token pasted between quotes: the reference lands, .env and .gitignore are written, no diagnostic remains', async () => {
    await withClient({}, async (c) => {
      const tok = ghp();
      const { uri, at, result } = await askPaste(c, 'src/gh.ts', 'typescript', 'const githubToken: string = "|";\n', tok);
      assert.equal(result.findings.length, 1);
      assert.equal(result.findings[0]!.masked, `ghp_…${tok.slice(-4)}`);
      assert.equal(result.plan?.title, 'Paste as reference to .env (GITHUB_TOKEN)');
      assert.equal(result.plan?.form, 'reference');
      // Nothing in the reply carries the value but the .env edit.
      const { additionalEdit, ...rest } = result.plan!;
      assert.ok(!JSON.stringify({ ...result, plan: rest }).includes(tok));
      assert.equal(JSON.stringify(additionalEdit).split(tok).length - 1, 1, 'the value once, in the .env edit');
      const after = applyPaste(c, uri, at, result);
      assert.equal(after, 'const githubToken: string = process.env.GITHUB_TOKEN;\n');
      assert.equal(parseDotenv(c.read('.env') ?? '').get('GITHUB_TOKEN'), tok);
      assert.equal(c.read('.gitignore'), '.env\n');
      const version = c.docs.get(uri)!.version;
      assert.deepEqual(await c.diagnosticsFor(uri, version), []);
    });
  });

  it('several secrets of different providers: each found, masked, named and referenced (Python, import added)', async () => {
    await withClient({ '.env': 'EXISTING=1\n', '.gitignore': '.env\n' }, async (c) => {
      const [a, b, s] = [ghp(), stripe(), slack()];
      const clip = `GITHUB_TOKEN = "${a}"\nSTRIPE_KEY = "${b}"\nSLACK_BOT = "${s}"\n`;
      const { uri, at, result } = await askPaste(c, 'settings.py', 'python', 'import sys\n\n|print(sys.argv)\n', clip);
      assert.deepEqual(
        result.findings.map((f) => f.envName),
        ['GITHUB_TOKEN', 'STRIPE_KEY', 'SLACK_BOT_TOKEN'],
      );
      assert.deepEqual(new Set(result.findings.map((f) => f.provider)).size, 3);
      for (const f of result.findings) assert.equal(clip.slice(f.start, f.end).slice(-4), f.masked.slice(-4));
      assert.ok(!JSON.stringify(result.findings).includes(a) && !JSON.stringify(result.findings).includes(b));
      const after = applyPaste(c, uri, at, result);
      assert.equal(after, 'import os\nimport sys\n\nGITHUB_TOKEN = os.environ["GITHUB_TOKEN"]\nSTRIPE_KEY = os.environ["STRIPE_KEY"]\nSLACK_BOT = os.environ["SLACK_BOT_TOKEN"]\nprint(sys.argv)\n');
      assert.deepEqual(
        [...parseDotenv(c.read('.env') ?? '')],
        [
          ['EXISTING', '1'],
          ['GITHUB_TOKEN', a],
          ['STRIPE_KEY', b],
          ['SLACK_BOT_TOKEN', s],
        ],
      );
      assert.equal(c.read('.gitignore'), '.env\n', 'already ignored: untouched');
    });
  });

  it('a multi-line PEM key: one finding masked to its header, one reference, one .env line', async () => {
    await withClient({}, async (c) => {
      const key = pem();
      const { uri, at, result } = await askPaste(c, 'sign.js', 'javascript', 'const signer = sign(|);\n', key);
      assert.equal(result.findings.length, 1);
      assert.equal(result.findings[0]!.masked.startsWith('-----BEGIN RSA PRIVATE KEY-----'), true);
      assert.ok(!result.findings[0]!.masked.includes(key.split('\n')[1]!));
      assert.equal(applyPaste(c, uri, at, result), 'const signer = sign(process.env.PRIVATE_KEY);\n');
      assert.equal(parseDotenv(c.read('.env') ?? '').get('PRIVATE_KEY'), key);
    });
  });

  it('JSON cannot read the environment: a placeholder plan; untitled documents get findings without a plan', async () => {
    await withClient({}, async (c) => {
      const { result } = await askPaste(c, 'config.json', 'json', '{ "token": "|" }\n', ghp());
      assert.equal(result.plan?.form, 'placeholder');
      assert.equal(result.plan?.insertText, '${GITHUB_TOKEN}');
      const untitled: ScanTextParams = { uri: 'untitled:Untitled-1', languageId: 'plaintext', text: ghp(), documentText: '', insertStart: 0 };
      const r: ScanTextResult = await c.connection.sendRequest(SCAN_TEXT_METHOD, untitled);
      assert.equal(r.findings.length, 1);
      assert.equal(r.plan, undefined);
      assert.equal(r.noPlanReason, 'no-folder');
    });
  });

  it('honours the project config: a fingerprint ignored in .hush.json is not guarded', async () => {
    const tok = ghp();
    await withClient({}, async (c) => {
      const first = await askPaste(c, 'a.js', 'javascript', 'x = |\n', `"${tok}"`);
      const fp = first.result.findings[0]!.fingerprint;
      c.open('.hush.json', JSON.stringify({ ignore: [{ fingerprint: fp, reason: 'test value' }] }), 'json');
      const again = await askPaste(c, 'b.js', 'javascript', 'x = |\n', `"${tok}"`);
      assert.deepEqual(again.result.findings, []);
    });
  });

  it('bad params: a clear error naming the field, and the server keeps answering', async () => {
    await withClient({}, async (c) => {
      await assert.rejects(c.connection.sendRequest(SCAN_TEXT_METHOD, { uri: 'file:///x.js', languageId: 'javascript', text: 42 }), /hush\/scanText: text must be a string/);
      await assert.rejects(
        c.connection.sendRequest(SCAN_TEXT_METHOD, { uri: 'file:///x.js', languageId: 'javascript', text: 'x', documentText: 'ab', insertStart: 5 }),
        /insertStart must be an offset in documentText/,
      );
      const { result } = await askPaste(c, 'ok.js', 'javascript', '|', `k = "${ghp()}"`);
      assert.equal(result.findings.length, 1);
    });
  });

  it('a client without the paste API: a large pasted insertion is validated with its own version, not after typing pauses', async () => {
    await withClient({}, async (c) => {
      const uri = c.open('big.log', 'start\n', 'plaintext');
      await c.diagnostics(uri, (p) => p.version === 1);
      // A 300 KB log dump with one token: more than the server's large-rescan threshold.
      const tok = ghp();
      const lines = Array.from({ length: 6000 }, (_, i) => `${i} INFO request handled in ${i % 97} ms path=/api/v1/items/${i}`);
      lines.splice(3000, 0, `3000 DEBUG auth header token ${tok}`);
      const dump = lines.join('\n') + '\n';
      assert.ok(dump.length > 256 * 1024);
      const seen: PublishDiagnosticsParams[] = [];
      const hit = (p: PublishDiagnosticsParams) => p.diagnostics.some((d: Diagnostic) => d.source === 'hush');
      const found = c.diagnostics(uri, (p) => (seen.push(p), hit(p)), 20_000);
      const pasteVersion = c.edit(uri, c.text(uri).length, c.text(uri).length, dump);
      // Keep typing right after the paste: a debounced rescan would wait until typing pauses.
      let typing = true;
      void found.finally(() => (typing = false));
      for (let i = 0; typing && i < 150; i++) {
        await new Promise((r) => setTimeout(r, 20));
        if (typing) c.edit(uri, 0, 0, 'x');
      }
      await found;
      const first = seen.find(hit)!;
      assert.equal(first.version, pasteVersion, `the paste's own version carries the diagnostic (got version ${first.version})`);
    });
  });
});
