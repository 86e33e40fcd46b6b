// Installs a fixed set of large npm packages into bench/.cache/tree (gitignored, cached between runs):
// the "tree of real code" every scanner in the benchmark reads.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGES = {
  typescript: '5.9.3',
  '@babel/core': '7.28.5',
  '@babel/parser': '7.28.5',
  '@babel/traverse': '7.28.5',
  '@babel/types': '7.28.5',
  '@babel/preset-env': '7.28.5',
  'aws-sdk': '2.1692.0',
  lodash: '4.17.21',
  rxjs: '7.8.2',
  moment: '2.30.1',
  webpack: '5.102.1',
  eslint: '9.39.1',
};

const INSTALL = join(import.meta.dirname, '.cache', 'tree');
/** The scanned tree: the installed packages, with every `node_modules` folder renamed, because some
 * scanners (secretlint) skip folders of that name and all must read the same files. */
export const TREE = join(INSTALL, 'code');

function renameNested(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    let path = join(dir, entry.name);
    if (entry.name === 'node_modules') {
      renameSync(path, join(dir, 'nm'));
      path = join(dir, 'nm');
    }
    renameNested(path);
  }
}

export function prepareTree() {
  const marker = join(INSTALL, '.complete');
  if (existsSync(marker)) return TREE;
  mkdirSync(INSTALL, { recursive: true });
  writeFileSync(join(INSTALL, 'package.json'), JSON.stringify({ name: 'hush-bench-tree', private: true, dependencies: PACKAGES }, null, 2));
  process.stderr.write(`Installing the benchmark tree into ${INSTALL} (once; cached)…\n`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: INSTALL, stdio: 'inherit' });
  renameSync(join(INSTALL, 'node_modules'), TREE);
  renameNested(TREE);
  writeFileSync(marker, new Date().toISOString());
  return TREE;
}

if (import.meta.url === `file://${process.argv[1]}`) prepareTree();
