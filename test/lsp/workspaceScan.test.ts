import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { WorkDoneProgress, type Diagnostic, type WorkDoneProgressBegin, type WorkDoneProgressEnd, type WorkDoneProgressReport } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import type { ExportSarifResult, ScanWorkspaceParams, ScanWorkspaceResult } from '../../protocol/messages';
import { LspClient, type LspClientOptions } from '../support/lspClient';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(505);
const ghp = () => g.crc32Token('ghp_', 30);
const stripe = () => `sk_live_${g.alnum(32)}`;
const nonEmpty = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.length > 0;
type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

async function withClient(root: string, fn: (c: LspClient) => Promise<void>, options: LspClientOptions = {}): Promise<void> {
  const c = new LspClient(root, options);
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

function scan(c: LspClient, params: ScanWorkspaceParams = {}, token?: CancellationTokenSource): Promise<ScanWorkspaceResult> {
  // No `undefined` token argument: jsonrpc would send the params by position.
  return token ? c.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', params, token.token) : c.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', params);
}

/** Progress values for a client-chosen token, and a promise of the `end`. */
function watchProgress(c: LspClient, token: string, onValue?: (v: ProgressValue) => void): { values: ProgressValue[]; ended: Promise<void> } {
  const values: ProgressValue[] = [];
  let ended!: () => void;
  const endedPromise = new Promise<void>((r) => (ended = r));
  c.connection.onProgress(WorkDoneProgress.type, token, (v: ProgressValue) => {
    values.push(v);
    onValue?.(v);
    if (v.kind === 'end') ended();
  });
  return { values, ended: withDeadline(endedPromise, 10_000, 'progress end') };
}

function withDeadline<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p.finally(() => clearTimeout(timer)), new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms)))]);
}

/** Many small files, so a scan lasts long enough to be cancelled midway. */
function bigTree(root: string, dirs: number, perDir: number): number {
  const filler = 'export const value = 1; // padding line for a scan that takes a while\n'.repeat(20);
  for (let d = 0; d < dirs; d++) {
    const dir = join(root, 'gen', `d${d}`);
    mkdirSync(dir, { recursive: true });
    for (let f = 0; f < perDir; f++) writeFileSync(join(dir, `f${f}.ts`), filler);
  }
  return dirs * perDir;
}

describe('workspace scan over stdio (hush/scanWorkspace)', function () {
  this.timeout(60_000);

  it('multi-root: diagnostics for unopened files, summary by provider, progress begin/report/end, excludes honoured', async () => {
    const a = { gh: ghp(), ignored: ghp(), filesExcluded: ghp(), configExcluded: ghp(), settingExcluded: ghp() };
    const b = { stripe: stripe() };
    const rootA = tempTree({
      'src/app.js': `const token = "${a.gh}";\n`,
      '.gitignore': 'local/\n',
      'local/dev.js': `const t = "${a.ignored}";\n`,
      'build/out.js': `const t = "${a.filesExcluded}";\n`,
      'vendor/lib.js': `const t = "${a.configExcluded}";\n`,
      'generated/api.js': `const t = "${a.settingExcluded}";\n`,
      '.hush.json': JSON.stringify({ exclude: ['vendor/'] }),
    });
    const rootB = tempTree({ 'lib/pay.py': `KEY = "${b.stripe}"\n`, 'README.md': 'nothing here\n' });
    await withClient(
      rootA,
      async (c) => {
        const progress = watchProgress(c, 'scan-1');
        const result = await scan(c, { filesExclude: ['**/build', '**/*.{tmp,bak}'], workDoneToken: 'scan-1' });
        await progress.ended;

        assert.equal(result.cancelled, false);
        assert.equal(result.folders, 2);
        assert.equal(result.findings, 2);
        assert.equal(result.filesWithFindings, 2);
        assert.deepEqual(result.findingsByProvider, { GitHub: 1, Stripe: 1 });
        assert.ok(result.files >= 4, `files: ${result.files}`);
        assert.ok(result.bytes > 0);

        const kinds = progress.values.map((v) => v.kind);
        assert.equal(kinds[0], 'begin');
        assert.equal(kinds.at(-1), 'end');
        assert.ok(kinds.includes('report'), `kinds: ${kinds.join(',')}`);
        assert.equal((progress.values[0] as WorkDoneProgressBegin).cancellable, true);
        const reports = progress.values.filter((v): v is WorkDoneProgressReport => v.kind === 'report');
        assert.match(reports.at(-1)!.message ?? '', /^\d+\/\d+\+? files · /);

        const appDiags = await c.diagnostics(pathToFileURL(join(rootA, 'src/app.js')).toString(), nonEmpty);
        assert.equal(appDiags.length, 1);
        assert.equal(appDiags[0]!.source, 'hush');
        assert.deepEqual(appDiags[0]!.range.start, { line: 0, character: 15 });
        assert.ok(!JSON.stringify(appDiags).includes(a.gh));
        const payDiags = await c.diagnostics(pathToFileURL(join(rootB, 'lib/pay.py')).toString(), nonEmpty);
        assert.equal(payDiags[0]!.code, 'stripe-live-secret-key');
        assert.ok(!JSON.stringify(payDiags).includes(b.stripe));

        for (const excluded of ['local/dev.js', 'build/out.js', 'vendor/lib.js', 'generated/api.js']) {
          assert.equal(c.latest.get(pathToFileURL(join(rootA, excluded)).toString()), undefined, `${excluded} was reported`);
        }
        // The status bar count includes the scan's findings in unopened files.
        const counts = c.notifications.filter((n) => n.method === 'hush/findingCount').map((n) => n.params as { total: number });
        assert.equal(counts.at(-1)?.total, 2);
      },
      { extraFolders: [rootB], settings: { exclude: ['generated/**'] } },
    );
  });

  it("never overwrites an open document's diagnostics (the live path owns them)", async () => {
    const onDisk = ghp();
    const root = tempTree({ 'src/open.js': `const t = "${onDisk}";\n`, 'src/closed.js': `const t = "${ghp()}";\n` });
    await withClient(root, async (c) => {
      // The editor's unsaved text has no secret; the file on disk still does.
      const uri = c.open('src/open.js', 'const t = process.env.TOKEN;\n', 'javascript', false);
      assert.deepEqual(await c.diagnosticsFor(uri, 1), []);
      const result = await scan(c);
      assert.equal(result.findings, 2);
      await c.diagnostics(c.uri('src/closed.js'), nonEmpty);
      const latest = c.latest.get(uri)!;
      assert.equal(latest.version, 1, 'the scan published over the open document');
      assert.deepEqual(latest.diagnostics, []);
    });
  });

  it('incremental: a second scan comes from the cache with the same findings; a changed file is rescanned; a cleaned file is cleared', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`src/m${i}.ts`] = `export const n${i} = ${i};\n`;
    files['src/a.ts'] = `const a = "${ghp()}";\n`;
    files['src/b.ts'] = `const b = "${stripe()}";\n`;
    const root = tempTree(files);
    await withClient(root, async (c) => {
      const first = await scan(c);
      assert.equal(first.findings, 2);
      assert.equal(first.cachedFiles, 0);
      const second = await scan(c);
      assert.equal(second.files, first.files);
      assert.equal(second.cachedFiles, first.files);
      assert.deepEqual(second.findingsByProvider, first.findingsByProvider);

      writeFileSync(join(root, 'src/m3.ts'), `export const n3 = "${ghp()}";\n`);
      writeFileSync(join(root, 'src/b.ts'), 'const b = process.env.STRIPE_KEY;\n');
      const third = await scan(c);
      assert.equal(third.cachedFiles, first.files - 2);
      assert.deepEqual(third.findingsByProvider, { GitHub: 2 });
      await c.diagnostics(c.uri('src/m3.ts'), nonEmpty);
      await c.diagnostics(c.uri('src/b.ts'), (p) => p.diagnostics.length === 0);
    });
  });

  it('cancelling the request stops the scan midway and says so', async () => {
    const root = tempTree({});
    const total = bigTree(root, 40, 100);
    await withClient(root, async (c) => {
      const source = new CancellationTokenSource();
      const progress = watchProgress(c, 'scan-cancel', (v) => {
        if (v.kind === 'report' && /^[1-9]/.test(v.message ?? '')) source.cancel();
      });
      const result = await scan(c, { workDoneToken: 'scan-cancel' }, source);
      await progress.ended;
      assert.equal(result.cancelled, true);
      assert.ok(result.files < total, `scanned ${result.files} of ${total}`);
      // The server keeps answering after the cancelled scan.
      const reply = await c.connection.sendRequest<ExportSarifResult>('hush/exportSarif');
      assert.ok('sarif' in reply);
    });
  });

  it('server-created progress (window/workDoneProgress/create) is cancellable from the progress UI', async () => {
    const root = tempTree({});
    const total = bigTree(root, 40, 100);
    await withClient(
      root,
      async (c) => {
        let cancelled = false;
        c.connection.onUnhandledProgress((p) => {
          const v = p.value as ProgressValue;
          if (!cancelled && v.kind === 'report' && /^[1-9]/.test(v.message ?? '')) {
            cancelled = true;
            void c.connection.sendNotification('window/workDoneProgress/cancel', { token: p.token });
          }
        });
        const result = await scan(c);
        assert.equal(c.progressTokens.length, 1);
        assert.equal(cancelled, true);
        assert.equal(result.cancelled, true);
        assert.ok(result.files < total, `scanned ${result.files} of ${total}`);
      },
      { workDoneProgress: true },
    );
  });

  it('exports SARIF 2.1.0 of the scan plus open documents, masked only', async () => {
    const disk = ghp();
    const unsaved = stripe();
    const root = tempTree({ 'src/a.js': `const a = "${disk}";\n`, 'src/b.js': 'const b = 1;\n' });
    await withClient(root, async (c) => {
      const before = await c.connection.sendRequest<ExportSarifResult>('hush/exportSarif');
      assert.ok('error' in before && /Scan Workspace/.test(before.error));
      await scan(c);
      const uri = c.open('src/b.js', `const b = "${unsaved}";\n`, 'javascript', false);
      await c.diagnostics(uri, nonEmpty);
      const reply = await c.connection.sendRequest<ExportSarifResult>('hush/exportSarif');
      assert.ok('sarif' in reply);
      const json = JSON.stringify(reply.sarif);
      assert.ok(!json.includes(disk) && !json.includes(unsaved), 'a raw value in the SARIF');
      const log = reply.sarif as {
        version: string;
        runs: {
          tool: { driver: { name: string; rules: { id: string }[] } };
          results: {
            ruleId: string;
            ruleIndex: number;
            message: { text: string };
            locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
            partialFingerprints: Record<string, string>;
          }[];
        }[];
      };
      assert.equal(log.version, '2.1.0');
      assert.equal(log.runs.length, 1);
      const run = log.runs[0]!;
      assert.equal(run.tool.driver.name, 'hush');
      assert.deepEqual(
        run.results.map((r) => [r.locations[0]!.physicalLocation.artifactLocation.uri, r.ruleId, r.locations[0]!.physicalLocation.region.startLine]),
        [
          ['src/a.js', 'github-personal-access-token', 1],
          ['src/b.js', 'stripe-live-secret-key', 1],
        ],
      );
      for (const r of run.results) {
        assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
        assert.ok(r.partialFingerprints['hush/v1']);
        assert.match(r.message.text, /…/);
      }
    });
  });
});

describe('workspace scan with nested .hush.json files', function () {
  this.timeout(60_000);

  it('applies the nearest config to each file, as the live diagnostics of the same files opened do; a malformed one is reported and its subtree gets the defaults', async () => {
    const files: Record<string, string> = {
      '.hush.json': JSON.stringify({ exclude: ['fixtures/'] }),
      'fixtures/x.js': `const t = "${ghp()}";\n`,
      'src/gh.js': `const t = "${ghp()}";\n`,
      'packages/a/.hush.json': JSON.stringify({ disabledRules: ['github-personal-access-token'], exclude: ['gen/'] }),
      'packages/a/gh.js': `const t = "${ghp()}";\n`,
      'packages/a/pay.py': `KEY = "${stripe()}"\n`,
      'packages/a/gen/out.py': `KEY = "${stripe()}"\n`,
      'packages/a/fixtures/f.py': `KEY = "${stripe()}"\n`,
      'packages/b/.hush.json': '{"disabledRules": 3}',
      'packages/b/gh.js': `const t = "${ghp()}";\n`,
    };
    const root = tempTree(files);
    await withClient(root, async (c) => {
      const result = await scan(c);
      assert.equal(result.cancelled, false);
      const expected: Record<string, string[]> = {
        'fixtures/x.js': [],
        'src/gh.js': ['github-personal-access-token'],
        'packages/a/gh.js': [],
        'packages/a/pay.py': ['stripe-live-secret-key'],
        'packages/a/gen/out.py': [],
        'packages/a/fixtures/f.py': ['stripe-live-secret-key'],
        'packages/b/gh.js': ['github-personal-access-token'],
      };
      assert.equal(result.findings, 4);
      for (const [rel, codes] of Object.entries(expected)) {
        const uri = c.uri(rel);
        if (codes.length > 0) await c.diagnostics(uri, nonEmpty);
        assert.deepEqual(
          (c.latest.get(uri)?.diagnostics ?? []).map((d) => d.code),
          codes,
          `scan: ${rel}`,
        );
      }
      // The malformed nested config is named where it is wrong.
      const problems = await c.diagnostics(c.uri('packages/b/.hush.json'), nonEmpty);
      assert.match(problems.map((d) => d.message).join('\n'), /must be an array of strings/);
      // Opened, each file gets the same from the live path.
      for (const [rel, codes] of Object.entries(expected)) {
        const uri = c.open(rel, files[rel]!, rel.endsWith('.py') ? 'python' : 'javascript', false);
        assert.deepEqual(
          (await c.diagnosticsFor(uri, 1)).map((d) => d.code),
          codes,
          `live: ${rel}`,
        );
      }
    });
  });
});
