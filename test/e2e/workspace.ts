// The fixture workspace of the journey, written at test time into a temp dir: secrets are generated
// (engine/examples.ts), never literals, and what the user should see is computed with the engine itself.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createScanner } from '../../engine';
import { createExampleGen } from '../../engine/examples';

export interface PlantedSecret {
  /** Workspace-relative file. */
  file: string;
  value: string;
  ruleId: string;
  provider: string;
  masked: string;
  severity: string;
}

export interface JourneyWorkspace {
  dir: string;
  /** Step 1-2: opened, then fixed with "Move to .env". */
  openFile: PlantedSecret;
  /** Step 3: pasted from the clipboard into pasteTarget. */
  pasted: PlantedSecret;
  pasteTarget: string;
  /** Step 4: never opened; found by "Hush: Scan Workspace". */
  unopened: PlantedSecret;
  /** Step 5: already in a commit. */
  committed: PlantedSecret;
}

const scanner = createScanner();

/** What Hush should report for `value` inside `text` (asks the engine, so rule changes show up here). */
function expected(file: string, text: string, value: string): PlantedSecret {
  const finding = scanner.scan(text, { path: file }).find((f) => text.slice(f.start, f.end) === value);
  if (!finding) throw new Error(`fixture ${file}: the engine does not detect the planted value (rules changed?)`);
  return { file, value, ruleId: finding.ruleId, provider: finding.provider, masked: finding.masked, severity: finding.severity };
}

function plant(dir: string, file: string, text: string, value: string): PlantedSecret {
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return expected(file, text, value);
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_NAME: 'e2e', GIT_AUTHOR_EMAIL: 'e2e@example.invalid', GIT_COMMITTER_NAME: 'e2e', GIT_COMMITTER_EMAIL: 'e2e@example.invalid' },
  });
}

export function createJourneyWorkspace(seed = 8): JourneyWorkspace {
  const g = createExampleGen(seed);
  const dir = mkdtempSync(join(tmpdir(), 'hush-e2e-ws-'));
  git(dir, 'init', '-q', '-b', 'main');

  // Committed first, so it is in git history (step 5).
  const legacyKey = g.crc32Token('ghp_', 30);
  const committed = plant(dir, 'legacy.js', `// deploy helper\nconst githubToken = "${legacyKey}";\nmodule.exports = { githubToken };\n`, legacyKey);
  git(dir, 'add', 'legacy.js');
  git(dir, 'commit', '-q', '-m', 'add deploy helper');

  const stripe = `sk_live_${g.alnum(32)}`;
  const openFile = plant(dir, 'config.js', `// payments\nconst stripeKey = "${stripe}";\n\nmodule.exports = { stripeKey };\n`, stripe);

  const pastedValue = g.crc32Token('ghp_', 30);
  const pasteTarget = 'client.js';
  writeFileSync(join(dir, pasteTarget), '// GitHub client\nconst githubToken = ');
  const pasted = expected(pasteTarget, `const githubToken = "${pastedValue}";\n`, pastedValue);

  const workerKey = `sk_live_${g.alnum(40)}`;
  const unopened = plant(dir, 'jobs/billing_worker.py', `import stripe\n\nstripe.api_key = "${workerKey}"\n`, workerKey);
  return { dir, openFile, pasted, pasteTarget, unopened, committed };
}
