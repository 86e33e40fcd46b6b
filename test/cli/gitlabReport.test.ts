// `hush scan --format gitlab`: GitLab's secret-detection report, validated against the published schema
// (vendored in test/fixtures/gitlab/, see SOURCE.md) with Ajv, as GitLab validates a report before it shows it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { createExampleGen } from '../../engine/examples';
import { GITLAB_SCHEMA_VERSION, UNKNOWN_COMMIT } from '../../report/gitlab';
import { git, hasGit, initRepo } from '../support/gitRepo';
import { ROOT } from '../support/paths';
import { tempTree, writeFiles } from '../support/tempTree';
import { runCli } from './runCli';

const g = createExampleGen(1809);
const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'gitlab', 'secret-detection-report-format.json'), 'utf8')) as { self: { version: string } };
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

function assertValid(report: unknown): void {
  assert.ok(validate(report), `GitLab would refuse this report: ${JSON.stringify(validate.errors, null, 2)}`);
}

interface Vulnerability {
  id: string;
  name: string;
  description: string;
  severity: string;
  identifiers: Array<{ type: string; value: string; url?: string }>;
  location: { file: string; start_line: number; end_line: number; commit: { sha: string } };
}

describe('hush scan --format gitlab', () => {
  const ghp = g.crc32Token('ghp_', 30);
  const stripe = `sk_live_${g.alnum(24)}`;
  const files = { 'src/app.js': `const a = 1;\nconst token = "${ghp}";\n`, 'config/prod.py': `STRIPE = '${stripe}'\n` };
  // The scan must not see CI_COMMIT_SHA from the machine running the tests unless a test sets it.
  const env = { CI_COMMIT_SHA: '' };

  it('the vendored schema is the version the report declares', () => {
    assert.equal(schema.self.version, GITLAB_SCHEMA_VERSION);
  });

  it('findings: valid against the schema, one vulnerability each with rule, place, severity; exit 1; no value', () => {
    const r = runCli(['scan', '.', '--format', 'gitlab'], tempTree(files), undefined, { env });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { version: string; scan: { type: string; status: string; start_time: string }; vulnerabilities: Vulnerability[] };
    assertValid(report);
    assert.equal(report.scan.type, 'secret_detection');
    assert.equal(report.scan.status, 'success');
    const byFile = new Map(report.vulnerabilities.map((v) => [v.location.file, v]));
    assert.deepEqual([...byFile.keys()].sort(), ['config/prod.py', 'src/app.js']);
    const gh = byFile.get('src/app.js')!;
    assert.deepEqual(
      gh.identifiers.map((i) => [i.type, i.value]),
      [['hush_rule_id', 'github-personal-access-token']],
    );
    assert.equal(gh.location.start_line, 2);
    assert.equal(gh.severity, 'Critical');
    assert.equal(gh.location.commit.sha, UNKNOWN_COMMIT, 'outside a repository and outside GitLab CI');
    for (const secret of [ghp, stripe]) assert.ok(!r.stdout.includes(secret) && !r.stdout.includes(secret.slice(8, 20)), 'a value leaked');
    // Stable across runs: GitLab tracks a vulnerability by its id.
    const again = JSON.parse(runCli(['scan', '.', '--format', 'gitlab'], tempTree(files), undefined, { env }).stdout) as { vulnerabilities: Vulnerability[] };
    assert.deepEqual(again.vulnerabilities.map((v) => v.id).sort(), report.vulnerabilities.map((v) => v.id).sort());
  });

  it('a clean tree: valid, no vulnerabilities, exit 0; -o writes the file GitLab collects', () => {
    const root = tempTree({ 'a.txt': 'hello\n' });
    const r = runCli(['scan', '.', '--format', 'gitlab', '-o', 'gl-secret-detection-report.json'], root, undefined, { env });
    assert.equal(r.code, 0, r.stderr);
    const report = JSON.parse(readFileSync(join(root, 'gl-secret-detection-report.json'), 'utf8')) as { vulnerabilities: unknown[] };
    assertValid(report);
    assert.deepEqual(report.vulnerabilities, []);
  });

  it('names the commit: HEAD of the repository, or CI_COMMIT_SHA in GitLab CI', function () {
    if (!hasGit()) this.skip();
    const repo = initRepo();
    writeFiles(repo, files);
    git(repo, 'add', '.');
    git(repo, 'commit', '-q', '-m', 'init');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    const inRepo = JSON.parse(runCli(['scan', '.', '--format', 'gitlab'], repo, undefined, { env }).stdout) as { vulnerabilities: Vulnerability[] };
    assertValid(inRepo);
    assert.ok(inRepo.vulnerabilities.every((v) => v.location.commit.sha === head));
    const ciSha = 'abcdef0123456789abcdef0123456789abcdef01';
    const inCi = JSON.parse(runCli(['scan', '.', '--format', 'gitlab'], repo, undefined, { env: { CI_COMMIT_SHA: ciSha } }).stdout) as { vulnerabilities: Vulnerability[] };
    assert.ok(inCi.vulnerabilities.every((v) => v.location.commit.sha === ciSha));
  });

  it('--staged writes the same report for what is about to be committed', function () {
    if (!hasGit()) this.skip();
    const repo = initRepo();
    writeFiles(repo, files);
    git(repo, 'add', 'src/app.js');
    const r = runCli(['scan', '--staged', '--format', 'gitlab'], repo, undefined, { env });
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout) as { vulnerabilities: Vulnerability[] };
    assertValid(report);
    assert.deepEqual(
      report.vulnerabilities.map((v) => v.location.file),
      ['src/app.js'],
    );
  });

  it('a report the schema refuses is caught (the validator is not a pass-through)', () => {
    const r = runCli(['scan', '.', '--format', 'gitlab'], tempTree(files), undefined, { env });
    const broken = JSON.parse(r.stdout) as { vulnerabilities: Array<{ location: { commit?: unknown } }>; scan: { start_time: string } };
    delete broken.vulnerabilities[0]!.location.commit;
    assert.equal(validate(broken), false);
    const badTime = JSON.parse(r.stdout) as { scan: { start_time: string } };
    badTime.scan.start_time = new Date().toISOString();
    assert.equal(validate(badTime), false, 'milliseconds and a zone are refused');
  });
});
