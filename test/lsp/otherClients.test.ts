// "Move to .env" in a fresh project from editors other than VS Code, over a real JSON-RPC connection with the
// capabilities they send. Neovim 0.7 cannot take a CreateFile (it announces no documentChanges): the server
// creates the missing `.env` and `.gitignore` itself, inside the workspace folder only, and
// sends the text edits with workspace/applyEdit; a refused edit leaves no file behind. Helix takes CreateFile.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { parseDotenvEntries } from '../../engine/fix/stores';
import { HELIX_CAPABILITIES, NEOVIM_07_CAPABILITIES } from '../support/editorCapabilities';
import { LspClient, type LspClientOptions } from '../support/lspClient';
import { tempDir, tempTree } from '../support/tempTree';

const g = createExampleGen(1807);
const ghp = () => g.crc32Token('ghp_', 30);
const NEOVIM: LspClientOptions = { capabilities: NEOVIM_07_CAPABILITIES };
const HELIX: LspClientOptions = { capabilities: HELIX_CAPABILITIES };
/** A client with versioned edits but without file creation (documentChanges, no `create`). */
const NO_CREATE: LspClientOptions = {
  capabilities: { ...HELIX_CAPABILITIES, workspace: { ...HELIX_CAPABILITIES.workspace, workspaceEdit: { documentChanges: true, resourceOperations: ['rename'] } } },
};

async function withClient(files: Record<string, string>, options: LspClientOptions, fn: (c: LspClient) => Promise<void>): Promise<void> {
  const c = new LspClient(tempTree(files), options);
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

const isMove = (a: CodeAction) => a.title.startsWith('Move to ');
const resourceOps = (edit: WorkspaceEdit) => (edit.documentChanges ?? []).filter((ch) => 'kind' in ch);
const warnings = (c: LspClient) => c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);

async function moveFor(c: LspClient, uri: string): Promise<{ move: CodeAction; d: Diagnostic }> {
  const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
  const actions = await c.codeActions(uri, [d!]);
  const move = actions.find(isMove);
  assert.ok(move, `a Move action among ${JSON.stringify(actions.map((a) => a.title))}`);
  return { move, d: d! };
}

async function run(c: LspClient, move: CodeAction): Promise<void> {
  assert.ok(move.command, 'Move runs a server command (the client takes workspace/applyEdit)');
  await c.executeCommand(move.command.command, move.command.arguments);
}

const LANGUAGES: Array<{ file: string; languageId: string; source: (v: string) => string; reference: RegExp }> = [
  { file: 'app.js', languageId: 'javascript', source: (v) => `const githubToken = "${v}";\n`, reference: /process\.env\.[A-Z_]+/ },
  { file: 'app.py', languageId: 'python', source: (v) => `github_token = "${v}"\n`, reference: /os\.environ\["[A-Z_]+"\]/ },
  { file: 'main.go', languageId: 'go', source: (v) => `package main\n\nvar githubToken = "${v}"\n`, reference: /os\.Getenv\("[A-Z_]+"\)/ },
];

describe('Move to .env from Neovim 0.7 and Helix (capabilities as they send them)', function () {
  this.timeout(30_000);

  for (const lang of LANGUAGES) {
    it(`Neovim 0.7, fresh project (${lang.languageId}): the server creates .env and .gitignore, the client gets text edits only`, async () => {
      const value = ghp();
      await withClient({}, NEOVIM, async (c) => {
        const uri = c.open(lang.file, lang.source(value), lang.languageId);
        const { move } = await moveFor(c, uri);
        await run(c, move);
        assert.equal(c.serverEdits.length, 1, 'one edit sent');
        assert.deepEqual(resourceOps(c.serverEdits[0]!), [], 'no CreateFile sent to a client that cannot take it');
        const text = c.read(lang.file)!;
        assert.ok(!text.includes(value), 'the literal left the source');
        assert.match(text, lang.reference);
        const name = text.match(/[A-Z][A-Z_]+/g)!.find((n) => n.includes('GITHUB'))!;
        assert.deepEqual(parseDotenvEntries(c.read('.env')!), [[name, value]]);
        assert.equal(c.read('.env.example'), undefined, 'an .env.example is kept up to date, not started');
        assert.match(c.read('.gitignore')!, /^\.env$/m);
        assert.deepEqual(warnings(c), []);
      });
    });
  }

  it('Neovim 0.7: a .env in a folder that does not exist yet (hush.envFile) gets its folders', async () => {
    const value = ghp();
    await withClient({}, { ...NEOVIM, settings: { envFile: 'config/local/.env' } }, async (c) => {
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      await run(c, (await moveFor(c, uri)).move);
      assert.equal(parseDotenvEntries(c.read('config/local/.env')!)[0]![1], value);
      assert.deepEqual(resourceOps(c.serverEdits[0]!), []);
    });
  });

  it('Neovim 0.7: the client refuses the edit (the buffer changed meanwhile): the files the server made are removed, nothing changed', async () => {
    const value = ghp();
    await withClient({}, { ...NEOVIM, settings: { envFile: 'config/.env' } }, async (c) => {
      const source = `const githubToken = "${value}";\n`;
      const uri = c.open('app.js', source, 'javascript');
      const { move } = await moveFor(c, uri);
      c.beforeServerEdit = () => {
        // The files exist while the edit is in flight: the server made them before sending it.
        assert.ok(existsSync(join(c.root, 'config', '.env')), 'config/.env made by the server');
        c.edit(uri, 0, 0, '// typed\n');
      };
      await run(c, move);
      assert.equal(c.serverEdits.length, 1);
      assert.equal(readFileSync(join(c.root, 'app.js'), 'utf8'), source, 'source on disk untouched');
      for (const f of ['config/.env', '.gitignore', 'config']) assert.ok(!existsSync(join(c.root, f)), `${f} removed again`);
      assert.match(warnings(c).join('\n'), /Nothing was changed/);
    });
  });

  it('Neovim 0.7: a .env that is a link out of the workspace folder, dangling or made after the action was listed, is never created', async () => {
    const outside = tempDir('hush-outside-');
    const value = ghp();
    // Dangling link there from the start: no Move, one warning naming the link.
    await withClient({}, NEOVIM, async (c) => {
      symlinkSync(join(outside, 'stolen.env'), join(c.root, '.env'));
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
      assert.ok(!(await c.codeActions(uri, [d!])).some(isMove), 'no Move offered');
      assert.match(warnings(c).join('\n'), /\.env is a link to .*stolen\.env, outside the workspace folder/);
    });
    // The link appears between listing and choosing: the server checks again before creating anything.
    await withClient({}, NEOVIM, async (c) => {
      const source = `const githubToken = "${value}";\n`;
      const uri = c.open('app.js', source, 'javascript');
      const { move } = await moveFor(c, uri);
      symlinkSync(join(outside, 'stolen2.env'), join(c.root, '.env'));
      await run(c, move);
      assert.equal(c.serverEdits.length, 0, 'no edit sent');
      assert.equal(c.read('app.js'), source);
      assert.ok(!existsSync(join(outside, 'stolen2.env')), 'nothing written outside');
      assert.match(warnings(c).join('\n'), /outside the workspace folder.*Nothing was changed/);
    });
  });

  it('Neovim 0.7, fresh project: Ignore this value everywhere makes .hush.json (server-created) with the fingerprint, never the value', async () => {
    const value = ghp();
    await withClient({}, NEOVIM, async (c) => {
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
      const ignore = (await c.codeActions(uri, [d!])).find((a) => a.title.startsWith('Ignore this value everywhere'));
      assert.ok(ignore?.command, 'offered, as a server command');
      assert.equal(ignore.edit, undefined);
      await c.executeCommand(ignore.command.command, ignore.command.arguments);
      assert.equal(c.serverEdits.length, 1, 'one edit sent');
      assert.deepEqual(resourceOps(c.serverEdits[0]!), [], 'no CreateFile sent to a client that cannot take it');
      const config = c.read('.hush.json')!;
      assert.ok(!config.includes(value), 'the value is not written');
      assert.equal(JSON.parse(config).ignore[0].fingerprint, (d!.data as { fingerprint: string }).fingerprint);
      assert.deepEqual(warnings(c), []);
      void c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.hush.json'), type: 1 }] });
      await c.diagnostics(uri, (p) => p.diagnostics.length === 0);
    });
  });

  it('Neovim 0.7: Ignore this value everywhere whose edit is refused leaves no .hush.json behind', async () => {
    const value = ghp();
    await withClient({}, NEOVIM, async (c) => {
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
      const ignore = (await c.codeActions(uri, [d!])).find((a) => a.title.startsWith('Ignore this value everywhere'))!;
      c.beforeServerEdit = () => {
        assert.ok(existsSync(join(c.root, '.hush.json')), 'made by the server before the edit is sent');
        throw new Error('refused by the client');
      };
      await c.executeCommand(ignore.command!.command, ignore.command!.arguments);
      assert.ok(!existsSync(join(c.root, '.hush.json')), 'removed again');
      assert.match(warnings(c).join('\n'), /while the ignore entry was applied.*Nothing was changed/);
    });
  });

  it('Helix: the edit carries CreateFile for the new files, and the server creates nothing itself', async () => {
    const value = ghp();
    await withClient({}, HELIX, async (c) => {
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      const { move } = await moveFor(c, uri);
      c.serverEditOptions = { only: () => false }; // received, not applied yet
      await run(c, move);
      const edit = c.serverEdits[0]!;
      assert.ok(!existsSync(join(c.root, '.env')), 'the server made no file');
      assert.deepEqual(
        resourceOps(edit).map((op) => (op as { kind: string }).kind),
        ['create', 'create'],
        '.env and .gitignore created by the client',
      );
      c.applyEdit(edit);
      assert.equal(parseDotenvEntries(c.read('.env')!)[0]![1], value);
      assert.ok(!c.read('app.js')!.includes(value));
    });
  });

  it('a client with documentChanges but no create: the server creates the files (same as Neovim 0.7)', async () => {
    const value = ghp();
    await withClient({}, NO_CREATE, async (c) => {
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      await run(c, (await moveFor(c, uri)).move);
      assert.deepEqual(resourceOps(c.serverEdits[0]!), []);
      assert.equal(parseDotenvEntries(c.read('.env')!)[0]![1], value);
    });
  });

  it('a client that cannot create files and takes no server edits gets no Move in a fresh project (the ignore stays)', async () => {
    const value = ghp();
    const caps = { ...NEOVIM_07_CAPABILITIES, workspace: { ...NEOVIM_07_CAPABILITIES.workspace, applyEdit: false } };
    await withClient({}, { capabilities: caps }, async (c) => {
      const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript');
      const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
      const titles = (await c.codeActions(uri, [d!])).map((a) => a.title);
      assert.ok(!titles.some((t) => t.startsWith('Move to ') || t.startsWith('Ignore this value everywhere')), titles.join(', '));
      assert.ok(
        titles.some((t) => t.startsWith('Ignore this occurrence')),
        titles.join(', '),
      );
      assert.ok(!existsSync(join(c.root, '.env')));
    });
  });
});
