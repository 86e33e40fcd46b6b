// A generated workspace for load tests and the load benchmark: packages of source files in many languages
// with a realistic spread of sizes, a few binaries, gitignored dirs (node_modules/, dist/) holding files
// that must never be scanned, and a few secrets planted at run time (engine/examples.ts), never committed.
// Deterministic from the seed, and quick to write (content is assembled from line templates).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExampleGen, prng } from '../../engine/examples';

/** Bumped whenever the generated content changes (benchmarks reuse a generated tree of the same version). */
export const LOAD_WORKSPACE_VERSION = 1;

export interface LoadWorkspaceOptions {
  /** Files a scan should cover (gitignored ones come on top). */
  files: number;
  /** Files per package folder (pkg0, pkg1, …); each package has its own .gitignore. */
  filesPerPackage?: number;
  /** Files per directory inside a package. */
  filesPerDir?: number;
  /** One planted secret every this many files (at least one per package). */
  secretEvery?: number;
  /** Extra gitignored files per package (node_modules/, dist/), never to be scanned. */
  ignoredPerPackage?: number;
  seed?: number;
}

export interface PlantedSecret {
  /** Path relative to the workspace root, forward slashes. */
  file: string;
  provider: 'GitHub' | 'Stripe';
}

export interface LoadWorkspace {
  root: string;
  /** Files a scan covers: text and binary, not gitignored (the .gitignore files included). */
  files: number;
  binaries: number;
  ignored: number;
  bytes: number;
  secrets: PlantedSecret[];
  /** Package folders (absolute), each a self-contained workspace of up to filesPerPackage files. */
  packages: string[];
}

interface Language {
  ext: string;
  lines: readonly string[];
}

const LANGUAGES: readonly Language[] = [
  {
    ext: 'ts',
    lines: [
      'export function handle(req: Request): Response {',
      '  const items = list.filter((x) => x.enabled);',
      '  return { status: 200, body: JSON.stringify(items) };',
      '}',
      "import { join } from 'node:path';",
      'export interface Options { retries: number; timeoutMs: number }',
      '// keep the cache warm between requests',
    ],
  },
  {
    ext: 'js',
    lines: [
      'function render(props) {',
      '  return props.items.map((item) => `<li>${item.name}</li>`).join("");',
      '}',
      "const config = require('./config');",
      'module.exports = { render };',
      '// called once per page view',
    ],
  },
  {
    ext: 'py',
    lines: [
      'def handle(request):',
      '    items = [x for x in request.items if x.enabled]',
      '    return {"status": 200, "items": items}',
      'import os',
      'class Repository:',
      '    def __init__(self, session):',
      '        self.session = session',
      '# retried by the caller',
    ],
  },
  {
    ext: 'go',
    lines: [
      'func Handle(w http.ResponseWriter, r *http.Request) {',
      '\titems := store.List(r.Context())',
      '\tjson.NewEncoder(w).Encode(items)',
      '}',
      'package api',
      'type Options struct { Retries int }',
      '// Handle serves the list endpoint',
    ],
  },
  {
    ext: 'java',
    lines: [
      'public final class Handler {',
      '    private final Repository repository;',
      '    public List<Item> list() { return repository.findAll(); }',
      '}',
      'import java.util.List;',
      '// one instance per request scope',
    ],
  },
  { ext: 'rb', lines: ['class ItemsController < ApplicationController', '  def index', '    @items = Item.where(enabled: true)', '  end', 'end', '# renders app/views/items/index'] },
  { ext: 'rs', lines: ['pub fn handle(items: &[Item]) -> Vec<&Item> {', '    items.iter().filter(|x| x.enabled).collect()', '}', 'use std::collections::HashMap;', '// keeps insertion order'] },
  { ext: 'json', lines: ['{', '  "name": "service",', '  "version": "1.2.3",', '  "dependencies": { "left-pad": "^1.3.0" },', '  "scripts": { "build": "tsc -p ." }', '}'] },
  { ext: 'yaml', lines: ['services:', '  web:', '    image: nginx:1.27', '    ports: ["8080:80"]', '    environment:', '      LOG_LEVEL: info'] },
  { ext: 'md', lines: ['# Service', '', 'Run `npm start` and open http://localhost:8080.', '- lists items', '- filters disabled ones', ''] },
  { ext: 'css', lines: ['.list { display: flex; gap: 8px; }', '.item:hover { color: #336699; }', '@media (max-width: 600px) { .list { flex-direction: column; } }'] },
  { ext: 'html', lines: ['<!doctype html>', '<html lang="en"><head><title>Items</title></head>', '<body><ul class="list"></ul><script src="app.js"></script></body></html>'] },
  { ext: 'sh', lines: ['#!/usr/bin/env bash', 'set -euo pipefail', 'for f in build/*.js; do gzip -k "$f"; done', 'echo "done"'] },
];

/** Sizes as in a typical repository: mostly small files, a tail of large ones (mean about 2.5 KB). */
function pickSize(rand: () => number): number {
  const r = rand();
  if (r < 0.7) return 100 + Math.floor(rand() * 1400);
  if (r < 0.95) return 1500 + Math.floor(rand() * 4500);
  if (r < 0.995) return 6000 + Math.floor(rand() * 24000);
  return 50_000 + Math.floor(rand() * 100_000);
}

function textOf(lang: Language, size: number, rand: () => number, id: number): string {
  const parts: string[] = [];
  let len = 0;
  let n = Math.floor(rand() * lang.lines.length);
  while (len < size) {
    const line = n % 97 === 0 ? `// section ${id}.${n}` : lang.lines[n % lang.lines.length]!;
    parts.push(line);
    len += line.length + 1;
    n++;
  }
  return parts.join('\n') + '\n';
}

function secretLine(ext: string, value: string): string {
  if (ext === 'py' || ext === 'rb') return `API_TOKEN = "${value}"`;
  if (ext === 'go') return `const apiToken = "${value}"`;
  if (ext === 'yaml') return `api_token: "${value}"`;
  if (ext === 'json') return `{ "apiToken": "${value}" }`;
  return `const apiToken = "${value}";`;
}

export function generateLoadWorkspace(root: string, options: LoadWorkspaceOptions): LoadWorkspace {
  const perPackage = options.filesPerPackage ?? 10_000;
  const perDir = options.filesPerDir ?? 40;
  const secretEvery = options.secretEvery ?? 5000;
  const ignoredPerPackage = options.ignoredPerPackage ?? Math.max(10, Math.floor(perPackage / 50));
  const seed = options.seed ?? 1;
  const rand = prng(seed);
  const secrets = createExampleGen(seed);
  const out: LoadWorkspace = { root, files: 0, binaries: 0, ignored: 0, bytes: 0, secrets: [], packages: [] };
  const write = (path: string, data: string | Buffer) => {
    writeFileSync(path, data);
    out.bytes += data.length;
  };
  const binary = Buffer.alloc(4096);
  for (let i = 0; i < binary.length; i++) binary[i] = (i * 31 + 7) & 0xff;

  let remaining = options.files;
  for (let p = 0; remaining > 0; p++) {
    const pkg = join(root, `pkg${p}`);
    out.packages.push(pkg);
    const count = Math.min(perPackage, remaining);
    remaining -= count;
    mkdirSync(pkg, { recursive: true });
    write(join(pkg, '.gitignore'), 'node_modules/\ndist/\n*.log\n');
    out.files++;
    // Secrets in ignored files too: a scan that reports them does not honour .gitignore.
    for (let i = 0; i < ignoredPerPackage; i++) {
      const dir = join(pkg, i % 2 === 0 ? 'node_modules' : 'dist', `m${Math.floor(i / 40)}`);
      mkdirSync(dir, { recursive: true });
      const text = textOf(LANGUAGES[1]!, 800, rand, i);
      write(join(dir, `f${i}.js`), i % 25 === 0 ? `${text}${secretLine('js', secrets.crc32Token('ghp_', 30))}\n` : text);
      out.ignored++;
    }
    const planted = new Set<number>();
    const wanted = Math.max(1, Math.floor(count / secretEvery));
    for (let s = 0; s < wanted; s++) planted.add(1 + Math.floor(((s + 0.5) * (count - 1)) / wanted));
    let dir = '';
    for (let f = 1; f < count; f++) {
      if ((f - 1) % perDir === 0) {
        const d = Math.floor((f - 1) / perDir);
        dir = join(pkg, 'src', `area${d % 17}`, `mod${d}`);
        mkdirSync(dir, { recursive: true });
      }
      const rel = (name: string) => `pkg${p}/src/area${Math.floor((f - 1) / perDir) % 17}/mod${Math.floor((f - 1) / perDir)}/${name}`;
      out.files++;
      if (f % 100 === 50) {
        write(join(dir, `image${f}.png`), binary);
        out.binaries++;
        continue;
      }
      const lang = LANGUAGES[Math.floor(rand() * LANGUAGES.length)]!;
      const name = `file${f}.${lang.ext}`;
      let text = textOf(lang, pickSize(rand), rand, f);
      if (planted.has(f)) {
        const stripe = out.secrets.length % 2 === 1;
        const value = stripe ? `sk_live_${secrets.alnum(32)}` : secrets.crc32Token('ghp_', 30);
        const at = text.indexOf('\n', Math.floor(text.length / 2));
        text = `${text.slice(0, at + 1)}${secretLine(lang.ext, value)}\n${text.slice(at + 1)}`;
        out.secrets.push({ file: rel(name), provider: stripe ? 'Stripe' : 'GitHub' });
      }
      write(join(dir, name), text);
    }
  }
  return out;
}
