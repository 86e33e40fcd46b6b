// Issue 17 in the editor: the language server over a real JSON-RPC connection in a hostile repository
// (test/support/hostileRepo.ts). Every request has a deadline: a hung server fails the test, never the suite.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { ACME_RULE, acmeToken, fifo, githubToken, layAll, link, SLOW_RULE, slowLine, tempDir, write } from '../support/hostileRepo';
import type { ScanWorkspaceResult } from '../../protocol/messages';
import { LspClient, VSCODE_CODE_ACTION_CAPS } from '../support/lspClient';

/** A request or wait that must settle within `ms`. */
export function deadline<T>(what: string, promise: Promise<T>, ms = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms (the server hangs)`)), ms);
    }),
  ]);
}

/** The server still answers: a hover round trip. */
async function alive(c: LspClient, uri: string): Promise<void> {
  await deadline('hover after the trap', c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
}

describe('hostile repository: the language server', function () {
  this.timeout(60_000);

  it('item 1: a custom rule that passes the proof but backtracks is stopped, shown on its field in .hush.json, and the other rules still report', async () => {
    const root = tempDir();
    write(root, '.hush.json', JSON.stringify({ rules: [SLOW_RULE, ACME_RULE] }, null, 2));
    const c = new LspClient(root);
    try {
      await deadline('initialize', c.initialize());
      const uri = c.open('slow.txt', `${slowLine()}key ${acmeToken()}\n`, 'plaintext');
      const found = await c.diagnostics(uri, (p) => p.diagnostics.length > 0, 20_000);
      assert.deepEqual(
        found.map((d) => d.code),
        ['acme-token'],
      );
      const onConfig = await c.diagnostics(c.uri('.hush.json'), (p) => p.diagnostics.length > 0, 20_000);
      assert.match(String(onConfig[0]!.message), /rules\[0\]\.pattern: custom rule slow-ab took longer than 1000 ms on slow\.txt/);
      assert.equal(onConfig[0]!.range.start.line, 5, 'on the pattern of rules[0]');
      await alive(c, uri);
    } finally {
      await c.dispose();
    }
  });

  describe('item 2: config and store files that are not regular files', () => {
    for (const [name, lay, why] of [
      ['a symlink to /dev/zero', (root: string) => link(root, '.hush.json', '/dev/zero'), /character device/],
      ['a FIFO', (root: string) => fifo(root, '.hush.json'), /named pipe/],
    ] as const) {
      it(`.hush.json as ${name}: a diagnostic on it, scanning goes on with the defaults`, async () => {
        const root = tempDir();
        lay(root);
        const c = new LspClient(root);
        try {
          await deadline('initialize', c.initialize());
          const uri = c.open('app.js', `const g = "${githubToken()}";\n`, 'javascript');
          const found = await c.diagnostics(uri, (p) => p.diagnostics.length > 0, 15_000);
          assert.deepEqual(
            found.map((d) => d.code),
            ['github-personal-access-token'],
          );
          const onConfig = await c.diagnostics(c.uri('.hush.json'), (p) => p.diagnostics.length > 0, 15_000);
          assert.match(String(onConfig[0]!.message), why);
          await alive(c, uri);
        } finally {
          await c.dispose();
        }
      });
    }

    for (const [name, lay, why] of [
      ['.env as a symlink to /dev/zero', (root: string) => link(root, '.env', '/dev/zero'), /\.env (is a character device|is a link to \/dev\/zero, outside the workspace)/],
      ['.env as a FIFO', (root: string) => fifo(root, '.env'), /\.env is a named pipe/],
      ['.gitignore as a FIFO', (root: string) => fifo(root, '.gitignore'), /\.gitignore is a named pipe/],
      ['.gitignore as a symlink to /dev/zero', (root: string) => link(root, '.gitignore', '/dev/zero'), /\.gitignore (is a character device|is a link to \/dev\/zero, outside the workspace)/],
    ] as const) {
      it(`${name}: Move to .env is greyed out with the reason, the server keeps answering`, async () => {
        const root = tempDir();
        lay(root);
        const move = await moveActionIn(root);
        assert.match(move.disabled?.reason ?? 'enabled', why);
        assert.equal(move.edit, undefined);
      });
    }
  });

  describe('item 7: Move to .env never writes outside the workspace folder', () => {
    const none = () => ({});
    for (const [name, lay, settings] of [
      ['hush.envFile escaping with ../', (root: string) => void root, (root: string) => ({ envFile: `../${basename(root)}-outside/x.env` })],
      ['hush.envFile absolute', (root: string) => void root, (root: string) => ({ envFile: outsidePath(root, 'abs.env') })],
      ['.env a symlink to a file outside', (root: string) => void link(root, '.env', outsideFile(root, 'existing.env', 'KEEP=1\n')), none],
      ['.env a dangling symlink to a path outside', (root: string) => void link(root, '.env', outsidePath(root, 'dangling/new.env')), none],
      ['.gitignore a symlink to a file outside', (root: string) => void link(root, '.gitignore', outsideFile(root, 'rc', 'export A=1\n')), none],
    ] as const) {
      it(`${name}: greyed out, saying the file is outside the workspace folder; nothing is written`, async () => {
        const root = tempDir();
        lay(root);
        const before = snapshotOutside(root);
        const move = await moveActionIn(root, settings(root));
        assert.match(move.disabled?.reason ?? 'enabled', /outside the workspace folder/);
        assert.equal(move.edit, undefined);
        assert.deepEqual(snapshotOutside(root), before);
      });
    }
  });

  it('every trap at once: Scan Workspace ends with every planted secret, the stopped rule on .hush.json, and the server answers', async () => {
    const root = tempDir();
    const tree = layAll(root);
    const c = new LspClient(root);
    try {
      await deadline('initialize', c.initialize());
      const result = await deadline('hush/scanWorkspace', c.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', {}), 60_000);
      assert.equal(result.cancelled, false);
      assert.equal(result.filesWithFindings, tree.secrets.length, JSON.stringify(result));
      assert.ok((result.skipped.unreadable ?? 0) >= tree.unreadable.length, JSON.stringify(result.skipped));
      const onConfig = await c.diagnostics(c.uri('.hush.json'), (p) => p.diagnostics.length > 0, 20_000);
      assert.match(String(onConfig[0]!.message), /custom rule slow-ab took longer than/);
      const uri = c.open('open.js', `const g = "${githubToken()}";\n`, 'javascript');
      await c.diagnostics(uri, (p) => p.diagnostics.length > 0, 15_000);
      await alive(c, uri);
    } finally {
      await c.dispose();
    }
  });

  it('item 10: an invalid pattern holding a token is a diagnostic on its field that does not show the pattern', async () => {
    const root = tempDir();
    const token = githubToken();
    write(root, '.hush.json', JSON.stringify({ rules: [{ id: 'pasted', pattern: `(?<secret>${token}[` }] }, null, 2));
    const c = new LspClient(root);
    try {
      await deadline('initialize', c.initialize());
      c.open('a.js', 'const a = 1;\n', 'javascript');
      const onConfig = await c.diagnostics(c.uri('.hush.json'), (p) => p.diagnostics.length > 0, 15_000);
      const message = onConfig.map((d) => String(d.message)).join('\n');
      assert.match(message, /rules\[0\]\.pattern: is not a valid regular expression/);
      for (let i = 0; i + 8 <= token.length; i++) assert.ok(!message.includes(token.slice(i, i + 8)), `shows a piece of the value: ${message}`);
    } finally {
      await c.dispose();
    }
  });
});

/** A path next to the workspace (outside it), one folder per test workspace. */
function outsidePath(root: string, name: string): string {
  return join(dirname(root), `${basename(root)}-outside`, name);
}

function outsideFile(root: string, name: string, content: string): string {
  return write(dirname(root), `${basename(root)}-outside/${name}`, content);
}

/** What the folder next to the workspace holds, to prove nothing was written there. */
function snapshotOutside(root: string): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const name of ['x.env', 'abs.env', 'existing.env', 'rc', 'dangling/new.env']) {
    const full = outsidePath(root, name);
    out[name] = existsSync(full) ? readFileSync(full, 'utf8') : null;
  }
  return out;
}

/** The Move action for a secret in app.js, asked with a deadline (a client that shows disabled actions). */
async function moveActionIn(root: string, settings: Record<string, unknown> = {}): Promise<CodeAction> {
  const c = new LspClient(root, { settings, codeAction: VSCODE_CODE_ACTION_CAPS });
  try {
    await deadline('initialize', c.initialize());
    const uri = c.open('app.js', `const githubToken = "${githubToken()}";\n`, 'javascript');
    const found: Diagnostic[] = await c.diagnostics(uri, (p) => p.diagnostics.length > 0, 15_000);
    const actions = await deadline('codeAction', c.codeActions(uri, found));
    const move = actions.find((a) => /move to/i.test(a.title));
    assert.ok(move, JSON.stringify(actions.map((a) => a.title)));
    await alive(c, uri);
    return move;
  } finally {
    await c.dispose();
  }
}
