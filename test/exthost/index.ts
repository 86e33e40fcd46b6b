// Entry point VS Code loads as `extensionTestsPath`: runs every out/test/exthost/**/*.test.js with mocha
// inside the extension host. Used by @vscode/test-electron (`npm run test:exthost`) and by the VS Code
// server's own extension host (test/e2e/exthost.test.ts). When HUSH_EXTHOST_RESULTS names a file, a JSON
// summary is written there so the caller can report each test.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface ExthostResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  /** Failure message or the reason a test was skipped. */
  message?: string;
}

export function run(): Promise<void> {
  // The editor suites share a 2-core machine with other jobs in CI: 30 s was exceeded by a settings round trip once.
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 90_000 });
  for (const file of readdirSync(__dirname, { recursive: true }).map(String).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(join(__dirname, file));
  }
  const results: ExthostResult[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.HUSH_EXTHOST_RESULTS;
      if (file) writeFileSync(file, JSON.stringify(results, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed' }));
    runner.on('fail', (test, error: Error) => results.push({ title: test.fullTitle(), state: 'failed', message: error.message }));
    runner.on('pending', (test) => results.push({ title: test.fullTitle(), state: 'pending', message: pendingReason(test) }));
  });
}

/** The reason given to `skipBecause` (helpers.ts), kept on the test object. */
function pendingReason(test: Mocha.Test): string | undefined {
  return (test as Mocha.Test & { skipReason?: string }).skipReason;
}
