// "Move to .env" in a fresh project through Neovim itself (headless, Debian 12 ships 0.7.2): the real client
// code path (vim.lsp.buf.code_action, the menu answered with the Move entry, workspace/applyEdit applied
// to buffers, :wall). Skipped, with the reason printed, when no `nvim` is on the PATH.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen } from '../../engine/examples';
import { parseDotenvEntries } from '../../engine/fix/stores';
import { ROOT, SERVER } from '../support/lspClient';
import { tempDir, tempTree } from '../support/tempTree';

const g = createExampleGen(1808);

function nvimVersion(): string | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return r.status === 0 ? r.stdout.split('\n')[0] : undefined;
}

interface NeovimResult {
  ok: boolean;
  error?: string;
  steps: string[];
  titles?: string[];
}

describe('Neovim (headless): Move to .env in a fresh project', function () {
  this.timeout(90_000);
  const version = nvimVersion();

  before(function () {
    if (!version) {
      // A visible reason in the report, not a silent pass.
      console.log('      (skipped: no `nvim` on the PATH; `apt-get install neovim` runs this test)');
      this.skip();
    }
  });

  for (const lang of [
    { file: 'app.js', source: (v: string) => `const githubToken = "${v}";\n`, reference: /process\.env\.GITHUB[A-Z_]*/ },
    { file: 'app.py', source: (v: string) => `github_token = "${v}"\n`, reference: /os\.environ\["GITHUB[A-Z_]*"\]/ },
  ]) {
    it(`${lang.file}: the source gets the reference, .env the value, .gitignore the .env line`, () => {
      const value = g.crc32Token('ghp_', 30);
      const root = tempTree({ [lang.file]: lang.source(value) });
      const home = tempDir('hush-nvim-home-');
      const resultPath = join(home, 'result.json');
      const run = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test', 'support', 'neovimMove.lua')}`], {
        encoding: 'utf8',
        timeout: 80_000,
        env: {
          ...process.env,
          HOME: home,
          XDG_CONFIG_HOME: join(home, 'config'),
          XDG_DATA_HOME: join(home, 'data'),
          XDG_STATE_HOME: join(home, 'state'),
          XDG_CACHE_HOME: join(home, 'cache'),
          HUSH_ROOT: root,
          HUSH_SERVER: SERVER,
          HUSH_NODE: process.execPath,
          HUSH_FILE: lang.file,
          HUSH_VALUE: value,
          HUSH_RESULT: resultPath,
        },
      });
      let result: NeovimResult;
      try {
        result = JSON.parse(readFileSync(resultPath, 'utf8')) as NeovimResult;
      } catch {
        assert.fail(`${version} wrote no result (exit ${run.status}, ${run.error?.message ?? ''}):\n${run.stdout}\n${run.stderr}`);
      }
      assert.ok(result.ok, `${version}: ${result.error} after steps ${result.steps.join(' → ')}; actions: ${JSON.stringify(result.titles)}`);
      const source = readFileSync(join(root, lang.file), 'utf8');
      assert.ok(!source.includes(value), 'the literal left the file on disk');
      assert.match(source, lang.reference);
      const entries = parseDotenvEntries(readFileSync(join(root, '.env'), 'utf8'));
      assert.equal(entries.length, 1);
      assert.equal(entries[0]![1], value);
      assert.ok(source.includes(entries[0]![0]), 'the reference names the .env variable');
      assert.match(readFileSync(join(root, '.gitignore'), 'utf8'), /^\.env$/m);
    });
  }
});
