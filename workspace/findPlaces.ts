// Every place a leaked value is used: the working trees the user names (this workspace, other clones),
// gitignored files included (a .env is a place to rotate), and the git history of each repository among
// them. A place is matched by the value's hash (any rule that recognises it), and, when the value itself is
// known (the user pointed at `file:line`), by its text too, so a use no rule recognises is still found.
// Only masked values and hashes leave this module.
import { relative, resolve, sep } from 'node:path';
import type { Scanner } from '../engine';
import { LineIndex } from '../engine/lineIndex';
import { placeKindOf, rotationOrder, type Place } from '../engine/places';
import { findRepoRoot } from '../git/exec';
import { scanHistory, valueHashOf } from '../git/historyScan';
import { readTips, tipCommits } from '../git/refs';
import { DEFAULT_MAX_FILE_BYTES, readText } from './readFile';
import { walkFiles } from './walk';

/** Dependency and tool caches: large, reinstalled from elsewhere, not where a team keeps its keys. */
export const NOT_SEARCHED = ['node_modules/', 'bower_components/', '.venv/', 'venv/', '__pycache__/', '.tox/', '.gradle/', 'Pods/', '.terraform/', 'vendor/bundle/'];

export interface PlaceSearch {
  /** Folders to search (absolute), each with the name it is shown under (`.`, `../other-clone`). */
  roots: readonly { path: string; label: string }[];
  /** The value's hash (the fingerprint's last part). */
  valueHash: string;
  /** The value itself when known: also matched as plain text. Never stored or shown. */
  value?: string;
  /** The masked form shown for a plain-text match. */
  masked: string;
  /** The scanner for a folder (its project rules; ignore lists and suppressions do not hide a place). */
  scannerFor(root: string): Scanner;
  /** Also walk each repository's history (HEAD and remote-tracking branches). Default true. */
  history?: boolean;
  /**
   * More folders whose repository's history is searched, beside the roots' (the repository holding the open
   * document, when it is nested inside the workspace folder rather than being it).
   */
  historyFrom?: readonly { path: string; label: string }[];
  maxFileBytes?: number;
  signal?: AbortSignal;
  gitPath?: string;
  onProgress?(note: { files: number; commits: number; current: string }): void;
}

export interface PlaceSearchResult {
  /** In rotation order (engine/places.ts). */
  places: Place[];
  searched: { roots: string[]; files: number; repositories: string[]; commits: number };
  /** Repositories whose history could not be read (no git, a broken repository), with why. */
  problems: string[];
  /** Label (as in `searched.repositories`) → the repository's top folder. */
  repositoryPaths: Record<string, string>;
}

export async function findPlaces(search: PlaceSearch): Promise<PlaceSearchResult> {
  const places: Place[] = [];
  let files = 0;
  let commits = 0;
  const problems: string[] = [];
  for (const root of search.roots) {
    const scanner = search.scannerFor(root.path);
    const scanOne = (absolute: string, relative: string) => {
      const read = readText(absolute, search.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
      files++;
      if (files % 500 === 0) search.onProgress?.({ files, commits, current: `${root.label}/${relative}` });
      if ('text' in read) places.push(...placesInText(read.text, toPosix(relative), root.label, search, scanner));
    };
    // Everything git tracks or would, then the gitignored files that hold local configuration (.env,
    // terraform.tfvars, docker config): build output and caches are gitignored too, and large.
    const seen = new Set<string>();
    for await (const file of walkFiles(root.path, { exclude: NOT_SEARCHED, signal: search.signal })) {
      if (search.signal?.aborted) break;
      seen.add(file.relative);
      scanOne(file.absolute, file.relative);
    }
    for await (const file of walkFiles(root.path, { gitignore: false, exclude: NOT_SEARCHED, signal: search.signal })) {
      if (search.signal?.aborted) break;
      if (seen.has(file.relative) || !isLocalConfig(toPosix(file.relative))) continue;
      scanOne(file.absolute, file.relative);
    }
  }
  const repositories: string[] = [];
  const repositoryPaths: Record<string, string> = {};
  if (search.history !== false) {
    const seen = new Set<string>();
    for (const root of [...search.roots, ...(search.historyFrom ?? [])]) {
      const repo = await findRepoRoot(root.path, { gitPath: search.gitPath });
      if (!repo || seen.has(repo)) continue;
      seen.add(repo);
      const label = repoLabel(repo, root);
      repositories.push(label);
      repositoryPaths[label] = repo;
      try {
        const tips = tipCommits(await readTips({ cwd: repo, gitPath: search.gitPath, signal: search.signal }));
        const found = new Set<string>();
        const inRepo: Place[] = [];
        const stats = await scanHistory(
          {
            cwd: repo,
            scanner: search.scannerFor(root.path),
            include: tips,
            suppressions: false,
            signal: search.signal,
            gitPath: search.gitPath,
            onProgress: (n) => n % 200 === 0 && search.onProgress?.({ files, commits: commits + n, current: label }),
          },
          (hit) => {
            if (hit.valueHash !== search.valueHash) return;
            const key = `${hit.commit.sha}\0${hit.path}`;
            if (found.has(key)) return;
            found.add(key);
            const c = hit.commit;
            inRepo.push({
              kind: 'history',
              fileKind: placeKindOf(hit.path),
              root: label,
              file: hit.path,
              line: hit.line,
              column: hit.column,
              ruleId: hit.finding.ruleId,
              masked: hit.finding.masked,
              fingerprint: hit.finding.fingerprint,
              commit: { sha: c.sha, date: new Date(c.date * 1000).toISOString(), author: c.author, subject: c.subject },
            });
          },
        );
        commits += stats.commits;
        // git log --date-order lists children first: reversed, the oldest commit comes first even within a second.
        places.push(...inRepo.reverse());
      } catch (e) {
        problems.push(`${label}: history not searched (${(e as Error).message})`);
      }
    }
  }
  return { places: rotationOrder(places), searched: { roots: search.roots.map((r) => r.label), files, repositories, commits }, problems, repositoryPaths };
}

/** A gitignored file worth searching: where local settings and deployment values live, not build output. */
export function isLocalConfig(path: string): boolean {
  const kind = placeKindOf(path);
  return kind !== 'source' && kind !== 'config' ? true : /(?:^|\/)(?:[^/]*(?:secret|credential|local|private|prod|production|staging)[^/]*|\.?[\w-]*rc)$/i.test(path);
}

/** The places in one file's text: the engine's findings of this value, then plain matches no rule covered. */
export function placesInText(text: string, file: string, root: string, search: Pick<PlaceSearch, 'valueHash' | 'value' | 'masked'>, scanner: Scanner): Place[] {
  const hasValue = search.value !== undefined && search.value.length > 0 && text.includes(search.value);
  // Most files: neither the value nor anything the engine reports. Scanning is the cost; skip it only when
  // the value is known and absent (then no finding can be it).
  if (search.value !== undefined && !hasValue) return [];
  const findings = scanner.scan(text, { path: file, suppressions: false }).filter((f) => valueHashOf(f.fingerprint) === search.valueHash);
  if (findings.length === 0 && !hasValue) return [];
  const lines = new LineIndex(text);
  const kind = placeKindOf(file);
  const out: Place[] = findings.map((f) => {
    const p = lines.position(f.start);
    return { kind, root, file, line: p.line + 1, column: p.character + 1, ruleId: f.ruleId, masked: f.masked, fingerprint: f.fingerprint };
  });
  if (hasValue) {
    const covered = findings.map((f) => [f.start, f.end] as const);
    for (let at = text.indexOf(search.value!); at >= 0; at = text.indexOf(search.value!, at + search.value!.length)) {
      if (covered.some(([s, e]) => at < e && at + search.value!.length > s)) continue;
      const p = lines.position(at);
      out.push({ kind, root, file, line: p.line + 1, column: p.character + 1, masked: search.masked });
    }
  }
  return out;
}

function repoLabel(repo: string, root: { path: string; label: string }): string {
  const rel = relative(root.path, repo);
  if (rel === '') return root.label;
  return toPosix(relative(process.cwd(), repo)) || '.';
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** A folder as shown: relative to the current directory when inside it, else absolute. */
export function folderLabel(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, resolve(path));
  return rel === '' ? '.' : toPosix(rel.startsWith('..') && rel.split(sep).length > 3 ? resolve(path) : rel);
}
