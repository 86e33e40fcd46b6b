// The project's `.hush.json`: found by walking up from a document to its workspace folder, parsed by the
// engine, cached per file, and turned into a scanner. Problems become diagnostics on the config file itself.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import picomatch from 'picomatch';
import { CONFIG_FILE_NAMES, createScanner, DEFAULT_CONFIG, parseConfig, type ConfigProblem, type HushConfig, type Scanner } from '../engine';

export interface LoadedConfig {
  /** Absolute path of the config file, or undefined when the project has none. */
  path: string | undefined;
  text: string | undefined;
  config: HushConfig;
  problems: ConfigProblem[];
  excludes: Ignore;
}

export interface ProblemLocation {
  problem: ConfigProblem;
  /** Offsets of the offending JSON node in the config text. */
  start: number;
  end: number;
}

const NO_CONFIG: LoadedConfig = { path: undefined, text: undefined, config: DEFAULT_CONFIG, problems: [], excludes: ignore() };

export class ProjectConfigs {
  private readonly configByDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, LoadedConfig>();
  private readonly scanners = new Map<string, Scanner>();

  /** `openText(path)` returns the editor's unsaved text for a config file that is open. */
  constructor(private readonly openText: (path: string) => string | undefined) {}

  clear(): void {
    this.configByDir.clear();
    this.loaded.clear();
    this.scanners.clear();
  }

  /** The nearest config at or above `filePath`, not above `root` (the workspace folder). */
  configFor(filePath: string, root: string | undefined): LoadedConfig {
    return this.configForDir(dirname(filePath), root);
  }

  /** The nearest config in `dir` or above it, not above `root`: what a file in `dir` is scanned with. */
  configForDir(dir: string, root: string | undefined): LoadedConfig {
    const path = this.findConfigPath(dir, root);
    if (!path) return NO_CONFIG;
    let loaded = this.loaded.get(path);
    if (!loaded) {
      loaded = this.load(path);
      this.loaded.set(path, loaded);
    }
    return loaded;
  }

  load(path: string): LoadedConfig {
    let text = this.openText(path);
    if (text === undefined) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return NO_CONFIG;
      }
    }
    const { config, problems } = parseConfig(text);
    return { path, text, config, problems, excludes: ignore().add(config.exclude) };
  }

  /** A scanner for the config plus the user's disabled rules, shared by every document using both. */
  scannerFor(loaded: LoadedConfig, disabledRules: string[]): Scanner {
    const key = `${loaded.path ?? ''}\u0000${disabledRules.join(',')}`;
    let scanner = this.scanners.get(key);
    if (!scanner) {
      const config = { ...loaded.config, disabledRules: [...loaded.config.disabledRules, ...disabledRules] };
      scanner = createScanner({ config, pathMatches: (pattern, path) => picomatch.isMatch(path, pattern, { dot: true }) || path.includes(pattern) });
      this.scanners.set(key, scanner);
    }
    return scanner;
  }

  /** True when the config's `exclude` covers the file. */
  isExcluded(loaded: LoadedConfig, filePath: string): boolean {
    if (!loaded.path) return false;
    const rel = relative(dirname(loaded.path), filePath).split(sep).join('/');
    return rel !== '' && !rel.startsWith('..') && loaded.excludes.ignores(rel);
  }

  private findConfigPath(startDir: string, root: string | undefined): string | undefined {
    const visited: string[] = [];
    let dir = startDir;
    let found: string | undefined;
    for (;;) {
      const cached = this.configByDir.get(dir);
      if (cached !== undefined) {
        found = cached ?? undefined;
        break;
      }
      visited.push(dir);
      const hit = CONFIG_FILE_NAMES.map((n) => join(dir, n)).find((p) => this.openText(p) !== undefined || existsSync(p));
      if (hit) {
        found = hit;
        break;
      }
      const parent = dirname(dir);
      if (dir === root || parent === dir || (root !== undefined && !dir.startsWith(root)) || existsSync(join(dir, '.git'))) break;
      dir = parent;
    }
    for (const d of visited) this.configByDir.set(d, found ?? null);
    return found;
  }
}

/** True for a document that is a project config (`.hush.json` & co): editing it changes every scan. */
export function isConfigUri(uri: string): boolean {
  return CONFIG_FILE_NAMES.some((n) => uri.endsWith('/' + n));
}

/** Where each problem sits in the config text, for diagnostics on the right field. */
export function locateProblems(text: string, problems: ConfigProblem[]): ProblemLocation[] {
  const tree = parseTree(text);
  return problems.map((problem) => {
    if (!tree || problem.field === '(file)') {
      const pos = /position (\d+)/.exec(problem.message);
      const at = pos ? Math.min(Number(pos[1]), text.length) : 0;
      return { problem, start: at, end: Math.min(text.length, at + 1) };
    }
    const path = problem.field.split(/[.[\]]+/).filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let node: JsonNode | undefined = findNodeAtLocation(tree, path);
    // An unknown field: point at its key.
    if (!node) node = tree.children?.find((p) => p.children?.[0]?.value === path[0])?.children?.[0];
    const target = node?.parent?.type === 'property' && node.parent.children?.[0] !== node ? node : node;
    return target ? { problem, start: target.offset, end: target.offset + target.length } : { problem, start: 0, end: 1 };
  });
}
