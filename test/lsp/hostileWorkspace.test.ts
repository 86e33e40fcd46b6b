// Hostile workspaces: in an untrusted workspace the server still scans but starts no external program.
// A git wrapper first on the PATH records every call; the trusted run is the control that proves the
// wrapper would have seen git being run.
import assert from 'node:assert/strict';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { TempRepo } from '../support/gitRepo';
import { LspClient } from '../support/lspClient';
import { tempDir } from '../support/tempTree';

const g = createExampleGen(808);

function gitWrapper(): { dir: string; log: string } {
  const dir = tempDir('hush-fake-git-');
  const log = join(dir, 'calls.log');
  const realGit = spawnSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim();
  writeFileSync(join(dir, 'git'), `#!/bin/sh\necho "$@" >> '${log}'\nexec '${realGit}' "$@"\n`);
  chmodSync(join(dir, 'git'), 0o755);
  return { dir, log };
}

async function run(trusted: boolean): Promise<{ calls: string; diagnostics: Diagnostic[]; titles: string[] }> {
  const secret = `sk_live_${g.alnum(32)}`;
  const repo = TempRepo.init();
  const text = `const stripeKey = "${secret}";\n`;
  repo.write('src/pay.js', text).commit('add payments');
  const wrapper = gitWrapper();
  const c = new LspClient(repo.dir, {
    initializationOptions: { workspaceTrusted: trusted },
    env: { ...process.env, PATH: `${wrapper.dir}${delimiter}${process.env.PATH ?? ''}` },
  });
  try {
    await c.initialize();
    const uri = c.open('src/pay.js', text, 'javascript', false);
    const committed = (d: Diagnostic) => String(d.message).includes('in git history');
    const diagnostics = trusted ? await c.diagnostics(uri, (p) => p.diagnostics.some(committed), 20_000) : await c.diagnostics(uri, (p) => p.diagnostics.length > 0);
    const actions = (await c.codeActions(uri, diagnostics)) as CodeAction[];
    // Preparing the move to .env is where the server would ask git about .gitignore.
    const move = actions.find((a) => /move to \.env/i.test(a.title));
    if (move?.edit) c.applyEdit(move.edit);
    // A round trip after everything above, so work it queued has had its turn.
    await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: diagnostics[0]!.range.start });
    return { calls: existsSync(wrapper.log) ? readFileSync(wrapper.log, 'utf8') : '', diagnostics, titles: actions.map((a) => a.title) };
  } finally {
    await c.dispose();
  }
}

describe('untrusted workspace', function () {
  this.timeout(40_000);

  it('control: in a trusted workspace the server runs git (incident status)', async () => {
    const r = await run(true);
    assert.notEqual(r.calls, '', 'the wrapper saw no git call');
    assert.ok(r.diagnostics.some((d) => String(d.message).includes('in git history')));
  });

  it('untrusted: still reports the secret and offers the fix, but runs no git at all', async () => {
    const r = await run(false);
    assert.ok(
      r.diagnostics.some((d) => d.code === 'stripe-live-secret-key'),
      JSON.stringify(r.diagnostics),
    );
    assert.ok(
      r.titles.some((t) => /move to \.env/i.test(t)),
      JSON.stringify(r.titles),
    );
    assert.equal(r.calls, '', `git was run: ${r.calls}`);
  });
});

describe('hostile config in the editor', function () {
  this.timeout(30_000);

  it('wrong types, unknown fields and an exponential pattern: a diagnostic on each field, scanning goes on with the defaults', async () => {
    const config = '{\n  "disabledRules": "all",\n  "rules": [{ "id": "slow", "pattern": "(a+)+(?<secret>b)" }],\n  "colour": 1\n}\n';
    const repo = TempRepo.init();
    repo.write('.hush.json', config);
    const c = new LspClient(repo.dir);
    try {
      await c.initialize();
      const secret = g.crc32Token('ghp_', 30);
      const uri = c.open('a.js', `const t = "${secret}";\n`, 'javascript');
      const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length > 0);
      assert.equal(d!.code, 'github-personal-access-token', 'the bad disabledRules value did not disable anything');
      const onConfig = await c.diagnostics(c.uri('.hush.json'), (p) => p.diagnostics.length >= 3);
      const messages = onConfig.map((x) => String(x.message));
      for (const field of ['disabledRules', 'rules[0].pattern', 'colour'])
        assert.ok(
          messages.some((m) => m.includes(field)),
          `${field} in ${JSON.stringify(messages)}`,
        );
      assert.ok(messages.some((m) => /nest quantifiers/.test(m)));
    } finally {
      await c.dispose();
    }
  });
});
