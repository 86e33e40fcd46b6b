// `npm run test:exthost`: the extension-host suites (test/exthost) in a downloaded desktop VS Code via
// @vscode/test-electron, for machines that can reach VS Code's downloads. Where they cannot (this
// project's CI), `npm run test:e2e` runs the same suites in the VS Code server's extension host.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const workspace = mkdtempSync(join(tmpdir(), 'hush-exthost-ws-'));
try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out', 'test', 'exthost', 'index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome'],
  });
} catch (error) {
  console.error(`extension-host tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
