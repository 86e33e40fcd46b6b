// Installs a fixed set of large npm packages into bench/.cache/tree (gitignored, cached between runs):
// the "tree of real code" every scanner in the benchmark reads.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
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

export const TREE = join(import.meta.dirname, '.cache', 'tree');

export function prepareTree() {
  const marker = join(TREE, '.complete');
  if (existsSync(marker)) return TREE;
  mkdirSync(TREE, { recursive: true });
  writeFileSync(join(TREE, 'package.json'), JSON.stringify({ name: 'hush-bench-tree', private: true, dependencies: PACKAGES }, null, 2));
  process.stderr.write(`Installing the benchmark tree into ${TREE} (once; cached)…\n`);
  execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: TREE, stdio: 'inherit' });
  writeFileSync(marker, new Date().toISOString());
  return TREE;
}

if (import.meta.url === `file://${process.argv[1]}`) prepareTree();
