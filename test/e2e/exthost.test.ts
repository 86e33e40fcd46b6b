// Runs the extension-host suites (test/exthost) inside the VS Code server's own extension host, driven
// from Chromium: the smoke-test driver makes the web workbench load the extension from its folder and
// call back with the exit code. Elsewhere the same suites run under @vscode/test-electron.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import util from 'node:util';
import type { Browser } from 'playwright-core';
import type { ExthostResult } from '../exthost/index';
import { launchChromium, newContext } from './browser';
import { assertToolsInstalled, repoRoot } from './paths';
import { createProfile, serve, type RunningServer } from './vscodeServer';

const SUITE_DEADLINE_MS = 420_000;

describe('extension-host suites in the VS Code server', function () {
  this.timeout(SUITE_DEADLINE_MS + 60_000);
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const tempDirs: string[] = [];

  after(async () => {
    await browser?.close();
    await server?.stop();
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  });

  it("pass (test/exthost, run by the server's extension host)", async () => {
    assertToolsInstalled();
    const testsModule = join(repoRoot, 'out', 'test', 'exthost', 'index.js');
    assert.ok(existsSync(testsModule), `${testsModule} missing: build first (node esbuild.mjs)`);
    const workspace = mkdtempSync(join(tmpdir(), 'hush-exthost-ws-'));
    const resultsDir = mkdtempSync(join(tmpdir(), 'hush-exthost-results-'));
    const resultsFile = join(resultsDir, 'results.json');
    const profile = createProfile();
    tempDirs.push(workspace, resultsDir, profile.root);
    server = await serve({ profile, logName: 'exthost-server', kind: 'vscode-server' });
    browser = await launchChromium();
    const context = await newContext(browser, server.origin);
    const log: string[] = [];
    let exit!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (exit = resolve));
    await context.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => log.push(util.format(...args)));
    await context.exposeFunction('codeAutomationExit', (code: number) => exit(code));
    const payload = [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(testsModule)],
      ['skipWelcome', 'true'],
      ['extensionEnvironment', JSON.stringify({ HUSH_EXTHOST_RESULTS: resultsFile })],
    ];
    const page = await context.newPage();
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([exited, new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), SUITE_DEADLINE_MS)))]);
    clearTimeout(timer);

    const results: ExthostResult[] = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : [];
    for (const r of results) console.log(`      ${r.state === 'passed' ? '✔' : r.state === 'failed' ? '✘' : '-'} ${r.title}${r.message ? ` — ${r.message}` : ''}`);
    const counts = (state: ExthostResult['state']) => results.filter((r) => r.state === state).length;
    console.log(`      (extension host: ${counts('passed')} passed, ${counts('pending')} pending, ${counts('failed')} failed)`);
    // The workbench's own log lines are noise here; mocha's output is what explains a failure.
    if (code !== 0)
      console.log(
        log
          .filter((line) => !/^\[(\d\d:\d\d:\d\d|AgentHost)/.test(line))
          .slice(-60)
          .join('\n'),
      );
    assert.notEqual(code, 'timeout', `the extension-host suites did not finish within ${SUITE_DEADLINE_MS} ms`);
    assert.ok(results.length > 0, 'the extension-host suites reported no results');
    assert.equal(
      code,
      0,
      `extension-host suites failed: ${results
        .filter((r) => r.state === 'failed')
        .map((r) => r.title)
        .join('; ')}`,
    );
  });
});
