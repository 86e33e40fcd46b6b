// "Move to .env" and the paste guard never lose or reorder what is already there: a read-only or locked
// `.env` greys the action out (source untouched), two fixes applied quickly one after the other get
// distinct names, an open and unsaved `.env` wins and its edit is versioned. Over a real JSON-RPC
// connection to dist/server.js; edits are applied as VS Code applies them (stale versions reject the
// whole edit, ranges past the end are clamped).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { parseDotenvEntries } from '../../engine/fix/stores';
import { SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult } from '../../protocol/messages';
import { LspClient, VSCODE_CODE_ACTION_CAPS, type LspClientOptions } from '../support/lspClient';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(4711);
const ghp = () => g.crc32Token('ghp_', 30);
/** CRLF, a comment, no final newline: every byte of it must survive. */
const ORIGINAL_ENV = '# shared settings\r\nDB_URL=postgres://localhost/app\r\nEMPTY=';
/** What VS Code announces: Move runs a server command whose edit comes back with workspace/applyEdit. */
const VSCODE: LspClientOptions = { codeAction: VSCODE_CODE_ACTION_CAPS, applyEdit: true };
/** A client that resolves code actions but takes no server edits: Move is resolved when chosen. */
const RESOLVING: LspClientOptions = { codeAction: VSCODE_CODE_ACTION_CAPS };
const CHOSEN_LATE: Array<[string, LspClientOptions]> = [
  ['command + workspace/applyEdit (VS Code)', VSCODE],
  ['codeAction/resolve', RESOLVING],
];

async function withClient(files: Record<string, string>, fn: (c: LspClient) => Promise<void>, options: LspClientOptions = {}): Promise<void> {
  const c = new LspClient(tempTree(files), options);
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

const isMove = (a: CodeAction) => a.title.startsWith('Move to ');

async function moveAction(c: LspClient, uri: string, d: Diagnostic): Promise<CodeAction> {
  const actions = await c.codeActions(uri, [d]);
  const move = actions.find(isMove);
  assert.ok(move, `a Move action among ${JSON.stringify(actions.map((a) => a.title))}`);
  return move;
}

/** Opens a file holding one token and returns its URI and diagnostic. */
async function openWithToken(c: LspClient, path: string, value: string): Promise<{ uri: string; d: Diagnostic }> {
  const uri = c.open(path, `const githubToken = "${value}";\n`, 'javascript');
  const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
  return { uri, d: d! };
}

/** `.env` still starts with every original byte, and holds each value once under its own name. */
function assertKeepsAndHolds(env: string, original: string, values: string[]): Map<string, string> {
  assert.ok(env.startsWith(original), `the original .env is intact and first:\n${JSON.stringify(env)}`);
  const added = parseDotenvEntries(env.slice(original.length));
  const names = added.map(([n]) => n);
  assert.equal(new Set(names).size, names.length, `no name twice: ${names.join(', ')}`);
  assert.equal(new Set([...parseDotenvEntries(original).map(([n]) => n), ...names]).size, parseDotenvEntries(original).length + names.length, 'no original name reused');
  assert.deepEqual(added.map(([, v]) => v).sort(), [...values].sort(), 'each value exactly once');
  return new Map(added.map(([n, v]) => [v, n]));
}

/** Chooses a Move action as the editor does: runs its command, or resolves it, then applies the edit. */
async function choose(c: LspClient, action: CodeAction): Promise<void> {
  if (action.command) {
    const before = c.serverEdits.length;
    await c.executeCommand(action.command.command, action.command.arguments);
    assert.equal(c.serverEdits.length, before + 1, 'the server sent its edit');
    return;
  }
  const edit = action.edit ?? (await c.resolve(action)).edit;
  assert.ok(edit, `an edit for ${action.title}`);
  c.applyEdit(edit);
}

/** The edit a Move action makes when chosen, planned by the server but not applied (an editor still busy with it). */
async function plannedEdit(c: LspClient, action: CodeAction): Promise<WorkspaceEdit> {
  if (!action.command) return (await c.resolve(action)).edit!;
  const saved = c.serverEditOptions;
  c.serverEditOptions = { only: () => false };
  try {
    await c.executeCommand(action.command.command, action.command.arguments);
  } finally {
    c.serverEditOptions = saved;
  }
  return c.serverEdits.at(-1)!;
}

function envEditOf(edit: WorkspaceEdit | undefined, envUri: string): TextDocumentEdit | undefined {
  return edit?.documentChanges?.find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === envUri);
}

describe('no data loss in "Move to .env" and the paste guard', function () {
  this.timeout(30_000);

  describe('a .env that cannot be written: the action is greyed out with the reason, nothing changes', () => {
    it('read-only .env: disabled Move (file and cause named), no edit to apply, other fixes still offered; enabled again once writable', async () => {
      const value = ghp();
      await withClient(
        { '.env': ORIGINAL_ENV, '.gitignore': '.env\n' },
        async (c) => {
          const envPath = join(c.root, '.env');
          chmodSync(envPath, 0o444);
          try {
            const { uri, d } = await openWithToken(c, 'app.js', value);
            const actions = await c.codeActions(uri, [d]);
            const move = actions.find(isMove);
            assert.ok(move, 'the Move action is listed, greyed out');
            assert.deepEqual(move.disabled, { reason: '.env cannot be written (the file is read-only)' });
            assert.equal(move.edit, undefined);
            assert.equal(move.data, undefined, 'nothing to resolve later');
            assert.equal(move.command, undefined, 'nothing to run');
            assert.notEqual(move.isPreferred, true);
            assert.ok(
              actions.some((a) => a.title.startsWith('Ignore this occurrence')),
              'the ignore fixes stay',
            );
            // A client that resolves it anyway gets no edit.
            assert.equal((await c.resolve(move)).edit, undefined);
            assert.equal(c.read('app.js'), `const githubToken = "${value}";\n`);
            assert.equal(c.read('.env'), ORIGINAL_ENV);
          } finally {
            chmodSync(envPath, 0o644);
          }
          const { uri, d } = await openWithToken(c, 'again.js', ghp());
          const move = await moveAction(c, uri, d);
          assert.equal(move.disabled, undefined, 'checked on every request, not cached');
        },
        VSCODE,
      );
    });

    it('a client without disabled actions gets no Move action and one warning naming the file and the cause', async () => {
      await withClient({ '.env': 'A=1\n', '.gitignore': '.env\n' }, async (c) => {
        const envPath = join(c.root, '.env');
        chmodSync(envPath, 0o444);
        try {
          const { uri, d } = await openWithToken(c, 'app.js', ghp());
          for (let i = 0; i < 2; i++) assert.ok(!(await c.codeActions(uri, [d])).some(isMove));
          const warnings = c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => n.params as { type: number; message: string });
          assert.deepEqual(warnings, [{ type: 2, message: 'Hush: Move to .env is unavailable: .env cannot be written (the file is read-only).' }]);
        } finally {
          chmodSync(envPath, 0o644);
        }
      });
    });

    it('names the cause: a read-only folder for a new .env, a folder where .env should be, a read-only .gitignore or .env.example', async () => {
      const cases: Array<{ files: Record<string, string>; setup: (root: string) => () => void; reason: string }> = [
        {
          files: { 'sub/app.js': '' },
          setup: (root) => (chmodSync(join(root, 'sub'), 0o555), () => chmodSync(join(root, 'sub'), 0o755)),
          reason: 'sub/.env cannot be written (its folder is read-only)',
        },
        { files: { '.gitignore': '.env\n' }, setup: (root) => (mkdirSync(join(root, '.env')), () => undefined), reason: '.env cannot be written (it is a folder)' },
        {
          files: { '.gitignore': 'node_modules\n' },
          setup: (root) => (chmodSync(join(root, '.gitignore'), 0o444), () => chmodSync(join(root, '.gitignore'), 0o644)),
          reason: '.gitignore cannot be written (the file is read-only)',
        },
        {
          files: { '.gitignore': '.env\n', '.env.example': 'PORT=\n' },
          setup: (root) => (chmodSync(join(root, '.env.example'), 0o444), () => chmodSync(join(root, '.env.example'), 0o644)),
          reason: '.env.example cannot be written (the file is read-only)',
        },
      ];
      for (const k of cases) {
        const value = ghp();
        const settings = k.reason.startsWith('sub/') ? { envFile: 'sub/.env' } : {};
        await withClient(
          k.files,
          async (c) => {
            const { uri, d } = await openWithToken(c, k.reason.startsWith('sub/') ? 'sub/app.js' : 'app.js', value);
            const restore = k.setup(c.root);
            try {
              const move = await moveAction(c, uri, d);
              assert.deepEqual(move.disabled, { reason: k.reason });
              assert.equal(move.edit, undefined);
            } finally {
              restore();
            }
          },
          { ...VSCODE, settings },
        );
      }
    });

    for (const [how, options] of CHOSEN_LATE) {
      it(`made read-only after the action was listed (${how}): no edit, a warning; the source is untouched`, async () => {
        const value = ghp();
        await withClient(
          { '.env': ORIGINAL_ENV, '.gitignore': '.env\n' },
          async (c) => {
            const { uri, d } = await openWithToken(c, 'app.js', value);
            const move = await moveAction(c, uri, d);
            assert.equal(move.disabled, undefined);
            assert.equal(move.edit, undefined, 'the edit is planned when the action is chosen');
            const envPath = join(c.root, '.env');
            chmodSync(envPath, 0o444);
            try {
              if (move.command) await c.executeCommand(move.command.command, move.command.arguments);
              else assert.equal((await c.resolve(move)).edit, undefined);
              assert.deepEqual(c.serverEdits, []);
              const warning = c.notifications.find((n) => n.method === 'window/showMessage')?.params as { message: string } | undefined;
              assert.equal(warning?.message, 'Hush: .env cannot be written (the file is read-only). Nothing was changed.');
              assert.equal(c.read('app.js'), `const githubToken = "${value}";\n`);
              assert.equal(c.read('.env'), ORIGINAL_ENV);
            } finally {
              chmodSync(envPath, 0o644);
            }
          },
          options,
        );
      });
    }

    it('paste guard: no reference paste, the reason says which file and why, the reply carries no value', async () => {
      const value = ghp();
      await withClient({ '.env': 'A=1\n', '.gitignore': '.env\n' }, async (c) => {
        const envPath = join(c.root, '.env');
        chmodSync(envPath, 0o444);
        try {
          const doc = 'const token = "";\n';
          const uri = c.open('app.js', doc, 'javascript');
          const at = doc.indexOf('""') + 1;
          const params: ScanTextParams = { uri, languageId: 'javascript', text: value, documentText: doc, insertStart: at, insertEnd: at };
          const result: ScanTextResult = await c.connection.sendRequest(SCAN_TEXT_METHOD, params);
          assert.equal(result.findings.length, 1);
          assert.equal(result.plan, undefined);
          assert.equal(result.noPlanReason, 'store-not-writable');
          assert.equal(result.noPlanDetail, '.env cannot be written (the file is read-only)');
          assert.ok(!JSON.stringify(result).includes(value));
          assert.equal(c.read('.env'), 'A=1\n');
        } finally {
          chmodSync(envPath, 0o644);
        }
      });
    });
  });

  describe('two fixes applied quickly one after the other', () => {
    for (const [how, options] of CHOSEN_LATE) {
      it(`both listed first, then each chosen and applied (${how}): distinct names, .env kept byte for byte`, async () => {
        const [v1, v2] = [ghp(), ghp()];
        await withClient(
          { '.env': ORIGINAL_ENV, '.gitignore': '.env\n' },
          async (c) => {
            const uri = c.open('app.js', `login("${v1}");\nlogin("${v2}");\n`, 'javascript');
            const [d1, d2] = await c.diagnostics(uri, (p) => p.diagnostics.length === 2);
            const m1 = await moveAction(c, uri, d1!);
            const m2 = await moveAction(c, uri, d2!);
            assert.equal(m1.title, m2.title, 'listed against the same .env, both suggest the same name');
            await choose(c, m1);
            await c.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length === 1);
            await choose(c, m2);
            const names = assertKeepsAndHolds(c.read('.env')!, ORIGINAL_ENV, [v1, v2]);
            assert.equal(c.read('app.js'), `login(process.env.${names.get(v1)});\nlogin(process.env.${names.get(v2)});\n`);
          },
          options,
        );
      });
    }

    it('edits computed up front (a client without resolve), two files: the second picks another name and appends after the first', async () => {
      const [v1, v2] = [ghp(), ghp()];
      await withClient({ '.env': ORIGINAL_ENV, '.gitignore': '.env\n' }, async (c) => {
        const a = await openWithToken(c, 'a.js', v1);
        const b = await openWithToken(c, 'b.js', v2);
        const m1 = await moveAction(c, a.uri, a.d);
        const m2 = await moveAction(c, b.uri, b.d);
        assert.notEqual(m1.title, m2.title, 'the name handed to the first edit is reserved until .env shows it');
        c.applyEdit(m1.edit!);
        c.applyEdit(m2.edit!);
        const names = assertKeepsAndHolds(c.read('.env')!, ORIGINAL_ENV, [v1, v2]);
        assert.equal(c.read('a.js'), `const githubToken = process.env.${names.get(v1)};\n`);
        assert.equal(c.read('b.js'), `const githubToken = process.env.${names.get(v2)};\n`);
      });
    });

    for (const [how, options] of CHOSEN_LATE) {
      it(`the second planned after the first was applied but before its .env change reached the disk (${how})`, async () => {
        const [v1, v2] = [ghp(), ghp()];
        await withClient(
          { '.env': ORIGINAL_ENV, '.gitignore': '.env\n' },
          async (c) => {
            const a = await openWithToken(c, 'a.js', v1);
            const b = await openWithToken(c, 'b.js', v2);
            const e1 = await plannedEdit(c, await moveAction(c, a.uri, a.d));
            // The editor applied the source part; the .env part is not on disk yet.
            c.applyEdit(e1, { only: (u) => u === a.uri });
            assert.equal(c.read('.env'), ORIGINAL_ENV);
            const e2 = await plannedEdit(c, await moveAction(c, b.uri, b.d));
            c.applyEdit(e1, { only: (u) => u !== a.uri });
            c.applyEdit(e2);
            const names = assertKeepsAndHolds(c.read('.env')!, ORIGINAL_ENV, [v1, v2]);
            assert.equal(c.read('a.js'), `const githubToken = process.env.${names.get(v1)};\n`);
            assert.equal(c.read('b.js'), `const githubToken = process.env.${names.get(v2)};\n`);
          },
          options,
        );
      });
    }

    it('.env open in the editor: an edit planned against an older buffer is rejected whole, the re-planned one applies', async () => {
      const [v1, v2] = [ghp(), ghp()];
      await withClient({ '.gitignore': '.env\n' }, async (c) => {
        const envUri = c.open('.env', ORIGINAL_ENV, 'dotenv');
        const a = await openWithToken(c, 'a.js', v1);
        const b = await openWithToken(c, 'b.js', v2);
        const m1 = await moveAction(c, a.uri, a.d);
        const m2 = await moveAction(c, b.uri, b.d);
        assert.equal(envEditOf(m2.edit, envUri)?.textDocument.version, 1, 'versioned against the open .env');
        c.applyEdit(m1.edit!);
        const afterFirst = c.text(envUri);
        assert.throws(() => c.applyEdit(m2.edit!), /stale edit for .*\.env/);
        assert.equal(c.text(envUri), afterFirst, 'nothing of the stale edit landed in .env');
        assert.equal(c.read('b.js'), `const githubToken = "${v2}";\n`, 'nor in the source');
        c.applyEdit((await moveAction(c, b.uri, b.d)).edit!);
        assertKeepsAndHolds(c.text(envUri), ORIGINAL_ENV, [v1, v2]);
      });
    });
  });

  describe('.env open and unsaved in the editor', () => {
    it('VS Code: the unsaved buffer wins, its lines and names are kept; typing in .env while the edit is in flight makes the client refuse it whole', async () => {
      const value = ghp();
      await withClient(
        { '.env': 'ON_DISK=1\n', '.gitignore': '.env\n' },
        async (c) => {
          const unsaved = 'ON_DISK=1\r\nGITHUB_TOKEN=draft\r\n# typed, not saved';
          const envUri = c.open('.env', unsaved, 'dotenv', false);
          const { uri, d } = await openWithToken(c, 'app.js', value);
          const move = await moveAction(c, uri, d);
          assert.equal(move.title, 'Move to .env as GITHUB_TOKEN_2', 'the name in the unsaved buffer is taken');
          // The user types in .env between the plan and its application.
          c.beforeServerEdit = () => void c.edit(envUri, unsaved.length, unsaved.length, '\r\n');
          await c.executeCommand(move.command!.command, move.command!.arguments);
          assert.equal(envEditOf(c.serverEdits[0], envUri)?.textDocument.version, 1, 'versioned against the buffer it was planned on');
          const warning = c.notifications.find((n) => n.method === 'window/showMessage')?.params as { message: string } | undefined;
          assert.match(warning?.message ?? '', /^Hush: a file changed while the move was applied \(stale edit for .*\.env\)\. Nothing was changed; try again\.$/);
          assert.equal(c.text(uri), `const githubToken = "${value}";\n`, 'the source keeps its literal');
          assert.equal(c.text(envUri), `${unsaved}\r\n`, 'the buffer holds what the user typed, nothing else');
          // Chosen again: planned against the current buffer and applied without saving it.
          c.beforeServerEdit = undefined;
          c.serverEditOptions = { save: false };
          await choose(c, await moveAction(c, uri, (await c.diagnostics(uri, (p) => p.diagnostics.length === 1))[0]!));
          assert.equal(envEditOf(c.serverEdits[1], envUri)?.textDocument.version, 2);
          assert.equal(c.text(envUri), `${unsaved}\r\nGITHUB_TOKEN_2=${value}\r\n`);
          assert.equal(c.read('.env'), 'ON_DISK=1\n', "the disk is the editor's to save");
          assert.equal(c.text(uri), 'const githubToken = process.env.GITHUB_TOKEN_2;\n');
        },
        VSCODE,
      );
    });

    it('codeAction/resolve: the resolved edit is versioned against the unsaved buffer and rejected once it changed', async () => {
      const value = ghp();
      await withClient(
        { '.env': 'ON_DISK=1\n', '.gitignore': '.env\n' },
        async (c) => {
          const unsaved = 'ON_DISK=1\nDRAFT=1\n';
          const envUri = c.open('.env', unsaved, 'dotenv', false);
          const { uri, d } = await openWithToken(c, 'app.js', value);
          const resolved = await c.resolve(await moveAction(c, uri, d));
          assert.equal(envEditOf(resolved.edit, envUri)?.textDocument.version, 1);
          c.edit(envUri, unsaved.length, unsaved.length, '# more\n');
          assert.throws(() => c.applyEdit(resolved.edit!), /stale edit/);
          assert.equal(c.read('app.js'), `const githubToken = "${value}";\n`);
          const again = await c.resolve(await moveAction(c, uri, d));
          c.applyEdit(again.edit!, { save: false });
          assert.equal(c.text(envUri), `${unsaved}# more\nGITHUB_TOKEN=${value}\n`);
        },
        RESOLVING,
      );
    });
  });

  describe('duplicate names in .env', () => {
    it('a name set twice to different values is never reused or rewritten; a new name takes the value', async () => {
      const [other, value] = [ghp(), ghp()];
      const original = `GITHUB_TOKEN=${other}\nGITHUB_TOKEN=${value}\n`;
      await withClient(
        { '.env': original, '.gitignore': '.env\n' },
        async (c) => {
          const { uri, d } = await openWithToken(c, 'app.js', value);
          const move = await moveAction(c, uri, d);
          assert.equal(move.title, 'Move to .env as GITHUB_TOKEN_2');
          await choose(c, move);
          assert.equal(c.read('.env'), `${original}GITHUB_TOKEN_2=${value}\n`);
        },
        VSCODE,
      );
    });
  });
});
