// The project's `.hush.json`: found by walking up from a document to its workspace folder, parsed by the
// engine, cached per file, and turned into a scanner. Problems become diagnostics on the config file itself.
import { existsSync } from 'node:fs';
import { readSmallFile } from '../git/boundedRead';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import picomatch from 'picomatch';
import { CUSTOM_RULE_BUDGET_MS, regexGuard } from '../workspace/regexGuard';
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
  /** Custom rules stopped at the time budget, by config file: problems found by running, not by parsing. */
  private readonly stopped = new Map<string, ConfigProblem[]>();

  /**
   * `openText(path)` returns the editor's unsaved text for a config file that is open; `onRuleStopped` hears
   * of a custom rule stopped at the time budget (its config's diagnostics are then due again).
   */
  constructor(
    private readonly openText: (path: string) => string | undefined,
    private readonly onRuleStopped: (configPath: string) => void = () => undefined,
  ) {}

  clear(): void {
    this.configByDir.clear();
    this.loaded.clear();
    this.scanners.clear();
    this.stopped.clear();
  }

  /** Problems of the config at `path` found while scanning (a custom rule stopped at the time budget). */
  runtimeProblems(path: string): ConfigProblem[] {
    return this.stopped.get(path) ?? [];
  }

  /** Records a custom rule (`field`: `rules[i].pattern`) of the config at `path` stopped on `file`; true when it is news. */
  ruleStopped(path: string, field: string, ruleId: string, file: string): boolean {
    const problems = this.stopped.get(path) ?? [];
    if (problems.some((p) => p.field === field)) return false;
    problems.push({ field, message: `custom rule ${ruleId} took longer than ${CUSTOM_RULE_BUDGET_MS} ms on ${file} and was stopped; Hush scans without it until the config changes. Simplify its pattern.` });
    this.stopped.set(path, problems);
    return true;
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
      // A regular file under the size cap only: a cloned repository can commit a symlink to /dev/zero or a FIFO.
      const read = readSmallFile(path);
      if ('missing' in read) return NO_CONFIG;
      if ('problem' in read) return { path, text: '', config: DEFAULT_CONFIG, problems: [{ field: '(file)', message: `${read.problem}; scanning with the defaults` }], excludes: ignore() };
      text = read.text;
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
      const configPath = loaded.path;
      scanner = createScanner({
        config,
        pathMatches: (pattern, path) => picomatch.isMatch(path, pattern, { dot: true }) || path.includes(pattern),
        // Custom rules run under the time budget, in untrusted workspaces too (the rules come from the repository).
        regexRunner: config.rules.length > 0 ? regexGuard() : undefined,
        onRuleTimeout: (t) => {
          if (!configPath) return;
          const file = t.path === undefined ? 'a file' : isAbsolute(t.path) ? relative(dirname(configPath), t.path).split(sep).join('/') : t.path;
          if (this.ruleStopped(configPath, `rules[${t.index}].pattern`, t.ruleId, file)) this.onRuleStopped(configPath);
        },
      });
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
      // Outside any workspace folder (root undefined) only the file's own folder counts: a config in /tmp
      // or the home folder must not apply to every loose file below it.
      if (root === undefined || dir === root || parent === dir || !dir.startsWith(root) || existsSync(join(dir, '.git'))) break;
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
    const path = problem.field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    let node: JsonNode | undefined = findNodeAtLocation(tree, path);
    // An unknown field: point at its key.
    if (!node) node = tree.children?.find((p) => p.children?.[0]?.value === path[0])?.children?.[0];
    const target = node?.parent?.type === 'property' && node.parent.children?.[0] !== node ? node : node;
    return target ? { problem, start: target.offset, end: target.offset + target.length } : { problem, start: 0, end: 1 };
  });
}
