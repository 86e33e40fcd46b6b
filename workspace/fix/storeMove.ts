// One file's move to a store that the planner cannot edit as text (dotenvx, pass, gopass) or can (dotenv),
// planned the same way for `hush fix` and the editor's quick fix: the source edits, the values the store
// must receive, and the small text files around it (`.gitignore` lines the store needs, `.envrc` lines for
// direnv, `NAME=` lines in `.env.example`). The caller writes, in this order: ignores, store, the rest, source.
import { relative, sep } from 'node:path';
import ignore from 'ignore';
import { appendLines, planMoveToEnv, runtimeValue, type MoveToEnvPlan, type OffsetEdit } from '../../engine';
import { runGit } from '../../git/exec';
import type { OpenedStore } from './storeWriters';

export interface TextFileEdit {
  path: string;
  /** Text the edits apply to (undefined: the file is created). */
  current: string | undefined;
  edits: OffsetEdit[];
}

export interface StoreMove {
  plan: MoveToEnvPlan;
  /** What the store receives (names it already held with the same value are not repeated). */
  added: Array<{ name: string; value: string }>;
  /** `.gitignore` lines to add before the store is written (it holds no value). */
  ignoreEdit?: TextFileEdit;
  /** `.envrc` and `.env.example` lines, written after the store. */
  companions: TextFileEdit[];
}

export interface StoreMoveInput {
  text: string;
  path: string;
  languageId?: string;
  secrets: Array<{ start: number; end: number; envName: string }>;
  opened: OpenedStore;
  root: string;
  envPath: string;
  /** The current text of a file (the editor's when open); undefined when missing. */
  readText(path: string): string | undefined;
}

/** git's answer where there is a repository, the `.gitignore` text otherwise. */
async function isIgnored(root: string, gitignoreText: string | undefined, rel: string): Promise<boolean> {
  try {
    const r = await runGit(['check-ignore', '-q', '--', rel], { cwd: root });
    if (r.code === 0 || r.code === 1) return r.code === 0;
  } catch {
    // No git (or not allowed in an untrusted workspace): the .gitignore text decides.
  }
  return gitignoreText !== undefined && ignore().add(gitignoreText).ignores(rel);
}

export async function planStoreMove(input: StoreMoveInput): Promise<StoreMove> {
  const { opened, root } = input;
  const gitignorePath = `${root}${sep}.gitignore`;
  const gitignoreText = input.readText(gitignorePath);
  const examplePath = `${input.envPath}.example`;
  const exampleText = input.readText(examplePath);
  const secrets = [...input.secrets].sort((a, b) => a.start - b.start);
  const plan = planMoveToEnv({
    text: input.text,
    languageId: input.languageId,
    path: input.path,
    secrets,
    store: opened.store,
    envText: opened.envText,
    envExampleText: exampleText,
    gitignoreText,
    // Every store's own ignore lines (`.env`, `.env.keys`) are planned below, before its write.
    envIgnored: true,
  });
  const values = new Map(secrets.map((s, i) => [plan.names[i]!, runtimeValue(input.text, s.start, s.end, plan.flavor)]));
  const added = plan.added.map((a) => ({ name: a.name, value: values.get(a.name)! }));
  const missing: string[] = [];
  for (const p of opened.mustIgnore) {
    const rel = relative(root, `${root}${sep}${p}`).split(sep).join('/');
    if (!(await isIgnored(root, gitignoreText, rel))) missing.push(rel.includes('/') ? `/${rel}` : rel);
  }
  const ignoreEdit = missing.length > 0 ? { path: gitignorePath, current: gitignoreText, edits: [appendLines(gitignoreText, missing)] } : undefined;
  const companions: TextFileEdit[] = [];
  for (const [path, lines] of opened.companionLines(plan.names)) {
    const current = input.readText(path);
    const have = new Set((current ?? '').split(/\r?\n/));
    const needed = [...new Set(lines)].filter((l) => !have.has(l));
    if (needed.length > 0) companions.push({ path, current, edits: [appendLines(current, needed)] });
  }
  if (plan.envExample) companions.push({ path: examplePath, current: exampleText, edits: plan.envExample.edits });
  return { plan, added, ignoreEdit, companions };
}
