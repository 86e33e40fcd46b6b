import assert from 'node:assert/strict';
import { join } from 'node:path';
import { CodeActionKind, DiagnosticSeverity, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { builtinRules, createScanner, type Finding } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import type { IncidentFinding } from '../../../git/incident';
import { INCIDENT_COMMANDS, IncidentTracker } from '../../../server/incidents';
import { TempRepo } from '../../support/gitRepo';

const g = createExampleGen(5);
const scanner = createScanner();

function scanFile(text: string, file: string): { finding: Finding; incident: IncidentFinding; diagnostic: Diagnostic } {
  const [finding] = scanner.scan(text);
  assert.ok(finding);
  const incident = { ...finding, file, line: 1 };
  const diagnostic: Diagnostic = {
    range: { start: { line: 0, character: finding.start }, end: { line: 0, character: finding.end } },
    severity: DiagnosticSeverity.Warning,
    code: finding.ruleId,
    source: 'hush',
    message: `${finding.description} (${finding.masked})`,
    data: { fingerprint: finding.fingerprint },
  };
  return { finding, incident, diagnostic };
}

const move = (title: string): CodeAction => ({ title, kind: CodeActionKind.QuickFix, isPreferred: true });

describe('incident tracker (server side of committed secrets)', () => {
  it('publishes first, then upgrades a committed finding to an Error with revoke-first actions', async () => {
    const repo = TempRepo.init();
    const value = `sk_live_${g.alnum(24)}`;
    const text = `const key = "${value}";\n`;
    repo.write('pay.js', text).commit('add key');
    repo.pushToBareRemote();
    const changed: string[] = [];
    const tracker = new IncidentTracker({ onStatusesChanged: (uri) => changed.push(uri), pollMs: 0, now: () => new Date() });
    const file = join(repo.dir, 'pay.js');
    const { finding, incident, diagnostic } = scanFile(text, 'pay.js');

    // Never blocks: nothing is known on the first publish.
    assert.deepEqual(tracker.statuses('file:///pay.js', file, [finding.fingerprint]), [undefined]);
    assert.equal(tracker.findingStatus(file, finding), undefined);
    await tracker.settled();
    assert.deepEqual(changed, ['file:///pay.js']);

    const [status] = tracker.statuses('file:///pay.js', file, [finding.fingerprint]);
    assert.equal(status?.state, 'pushed');
    const incidentStatus = tracker.findingStatus(file, finding)!;
    assert.equal(incidentStatus.severity, 'error');
    assert.equal(incidentStatus.status, 'pushed');
    assert.match(incidentStatus.message!, /^in git history since [0-9a-f]{7} \(.+\); pushed to origin\/main: revoke this Stripe key first$/);

    const rule = builtinRules.find((r) => r.id === finding.ruleId);
    const actions = tracker.codeActions(diagnostic, file, incident, rule);
    assert.deepEqual(actions.map((a) => a.command?.command), [INCIDENT_COMMANDS.openRevocationPage, INCIDENT_COMMANDS.openIncidentChecklist]);
    assert.deepEqual(actions[0]!.command!.arguments, ['https://dashboard.stripe.com/apikeys']);
    const content = (actions[1]!.command!.arguments![0] as { content: string }).content;
    assert.match(content, /^# Incident: Stripe live secret key committed to git/);
    assert.ok(!content.includes(value));
    const moved = tracker.adjustMove(move('Move to .env as STRIPE_SECRET_KEY'), file, finding.fingerprint);
    assert.deepEqual([moved.title, moved.isPreferred], ['2. After rotating it: move to .env as STRIPE_SECRET_KEY', false]);
    tracker.dispose();
  });

  it('leaves uncommitted findings alone, then notices when they get committed', async () => {
    const repo = TempRepo.init();
    repo.write('README.md', 'hi\n').commit('init');
    const text = `token = "${g.crc32Token('ghp_', 30)}"\n`;
    repo.write('t.py', text);
    const changed: string[] = [];
    const tracker = new IncidentTracker({ onStatusesChanged: (uri) => changed.push(uri), pollMs: 0, tipsMaxAgeMs: 0 });
    const file = join(repo.dir, 't.py');
    const { finding, incident, diagnostic } = scanFile(text, 't.py');
    tracker.statuses('u', file, [finding.fingerprint]);
    await tracker.settled();
    const [status] = tracker.statuses('u', file, [finding.fingerprint]);
    assert.equal(status?.state, 'uncommitted');
    assert.equal(tracker.findingStatus(file, finding), undefined);
    assert.deepEqual(tracker.codeActions(diagnostic, file, incident, undefined), []);
    assert.deepEqual(tracker.adjustMove(move('Move to .env as GITHUB_TOKEN'), file, finding.fingerprint), move('Move to .env as GITHUB_TOKEN'));

    assert.deepEqual(changed, [], 'nothing visible changed');
    repo.commit('oops');
    await tracker.recheck();
    assert.deepEqual(changed, ['u']);
    assert.equal(tracker.statuses('u', file, [finding.fingerprint])[0]?.state, 'committed');
    tracker.dispose();
  });

  it('shares one index between files of one repository looked up at the same time', async () => {
    const repo = TempRepo.init();
    const a = `sk_live_${g.alnum(24)}`;
    const b = `sk_live_${g.alnum(24)}`;
    repo.write('one/a.js', `k = "${a}"\n`).write('two/deep/b.js', `k = "${b}"\n`).commit('two keys');
    const tracker = new IncidentTracker({ onStatusesChanged: () => undefined, pollMs: 0 });
    const fa = scanFile(`k = "${a}"`, 'one/a.js').finding.fingerprint;
    const fb = scanFile(`k = "${b}"`, 'two/deep/b.js').finding.fingerprint;
    tracker.statuses('a', join(repo.dir, 'one/a.js'), [fa]);
    tracker.statuses('b', join(repo.dir, 'two/deep/b.js'), [fb]);
    await tracker.settled();
    assert.equal(tracker.statusOf(join(repo.dir, 'one/a.js'), fa)?.state, 'committed');
    assert.equal(tracker.statusOf(join(repo.dir, 'two/deep/b.js'), fb)?.state, 'committed');
    tracker.dispose();
  });

  it('has no incident path outside git', async () => {
    const tracker = new IncidentTracker({ onStatusesChanged: () => assert.fail('no change expected'), pollMs: 0 });
    const { finding } = scanFile(`k = "sk_live_${g.alnum(24)}"`, 'x.js');
    tracker.statuses('u', '/nonexistent-dir-for-hush/x.js', [finding.fingerprint]);
    await tracker.settled();
    assert.equal(tracker.statuses('u', '/nonexistent-dir-for-hush/x.js', [finding.fingerprint])[0]?.state, 'uncommitted');
    tracker.dispose();
  });
});
