// A multi-part credential over a real connection: one diagnostic naming both parts, the other part as related
// information, one Move that takes both literals to .env, and an incident message that names both.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Command, Diagnostic } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { parseDotenv } from '../../engine/fix/stores';
import { parseError } from '../support/parsers';
import { LspClient } from '../support/lspClient';
import { tempTree as tempWorkspace } from '../support/tempTree';

const g = createExampleGen(23);
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const nonEmpty = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.length > 0;

function awsPair(): { id: string; secret: string; text: string } {
  const id = `AKIA${g.chars(BASE32, 16)}`;
  const secret = g.base64(40);
  return { id, secret, text: `const s3 = new S3({\n  accessKeyId: "${id}",\n  secretAccessKey: "${secret}",\n});\n` };
}

async function withClient(files: Record<string, string>, fn: (c: LspClient) => Promise<void>): Promise<void> {
  const c = new LspClient(tempWorkspace(files), { settings: {}, pullConfiguration: true });
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

describe('multi-part credentials over the language server', function () {
  this.timeout(30_000);

  it('one diagnostic names both parts, masked; the key ID is related information at its own range', async () => {
    await withClient({}, async (c) => {
      const { id, secret, text } = awsPair();
      const uri = c.open('s3.js', text, 'javascript');
      const diags = await c.diagnostics(uri, nonEmpty);
      assert.equal(diags.length, 1, JSON.stringify(diags.map((d) => d.code)));
      const [d] = diags;
      assert.equal(d!.code, 'aws-secret-access-key');
      assert.deepEqual(d!.range.start, { line: 2, character: 20 });
      assert.match(String(d!.message), /^AWS secret access key \(…\S{4}\) with its access key ID \(AKIA…\S{2}\) hard-coded: move it to \.env$/);
      assert.equal(d!.relatedInformation?.length, 1);
      const info = d!.relatedInformation![0]!;
      assert.equal(info.location.uri, uri);
      assert.deepEqual(info.location.range, { start: { line: 1, character: 16 }, end: { line: 1, character: 16 + id.length } });
      assert.match(info.message, /^access key ID \(AKIA…\S{2}\) of the same credential$/);
      const all = JSON.stringify(diags);
      assert.ok(!all.includes(id) && !all.includes(secret), 'no raw part in the diagnostics');
    });
  });

  it('Move to .env moves both literals in one edit: two variables, two references, the file still parses', async () => {
    await withClient({}, async (c) => {
      const { id, secret, text } = awsPair();
      const uri = c.open('s3.js', text, 'javascript');
      const diags = await c.diagnostics(uri, nonEmpty);
      const actions = await c.codeActions(uri, diags);
      const move = actions.find((a) => /^Move to \.env as /.test(a.title));
      assert.ok(move?.edit, JSON.stringify(actions.map((a) => a.title)));
      assert.match(move.title, /^Move to \.env as [A-Z_]*ACCESS_KEY_ID, [A-Z_]*SECRET_ACCESS_KEY$/);
      c.applyEdit(move.edit);
      const after = c.read('s3.js')!;
      assert.ok(!after.includes(id) && !after.includes(secret), after);
      assert.match(after, /accessKeyId: process\.env\.[A-Z_]*ACCESS_KEY_ID,\n  secretAccessKey: process\.env\.[A-Z_]*SECRET_ACCESS_KEY,/);
      const env = parseDotenv(c.read('.env')!);
      assert.deepEqual([...env.values()].sort(), [id, secret].sort());
      const err = parseError('js', after);
      if (err !== undefined) assert.equal(err, '');
      await c.diagnostics(uri, (p) => p.diagnostics.length === 0);
    });
  });

  it("Scan Workspace reports an unopened file's pair the same way: one diagnostic, the key ID as related information", async () => {
    const { id, secret, text } = awsPair();
    await withClient({ 'src/s3.js': text }, async (c) => {
      const reply = await c.connection.sendRequest<{ findings?: number }>('hush/scanWorkspace', {});
      assert.equal(reply.findings, 1, JSON.stringify(reply));
      const [d, ...rest] = await c.diagnostics(c.uri('src/s3.js'), nonEmpty);
      assert.equal(rest.length, 0);
      assert.match(String(d!.message), /with its access key ID \(AKIA…\S{2}\) hard-coded: open the file/);
      assert.deepEqual(
        d!.relatedInformation?.map((r) => r.location.range.start),
        [{ line: 1, character: 16 }],
      );
      assert.ok(!JSON.stringify(d).includes(id) && !JSON.stringify(d).includes(secret));
    });
  });

  it('a committed pair is an incident whose message and checklist name both parts', async function () {
    if (spawnSync('git', ['--version']).status !== 0) this.skip();
    const { id, secret, text } = awsPair();
    await withClient({ 's3.js': text }, async (c) => {
      const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: c.root, encoding: 'utf8' });
      git('init', '-q');
      git('add', 's3.js');
      git('commit', '-qm', 'add s3 client');
      const uri = c.open('s3.js', text, 'javascript', false);
      const [d] = await c.diagnostics(uri, (p) => p.diagnostics.some((x) => /git history/.test(String(x.message))), 15_000);
      assert.match(String(d!.message), /with its access key ID \(AKIA…\S{2}\) hard-coded: in git history since [0-9a-f]{7}/);
      const actions = await c.codeActions(uri, [d!]);
      const checklist = actions.find((a) => /incident checklist/.test(a.title))?.command as Command | undefined;
      const content = (checklist?.arguments?.[0] as { content: string } | undefined)?.content ?? '';
      assert.match(content, /\| Same credential \| access key ID, `AKIA…\S{2}` \(masked\)/);
      assert.ok(!content.includes(id) && !content.includes(secret), 'no raw part in the checklist');
    });
  });
});
