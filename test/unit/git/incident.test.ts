import assert from 'node:assert/strict';
import { builtinRules, createScanner } from '../../../engine';
import { createExampleGen } from '../../../engine/examples';
import { incidentChecklist, incidentMessage, relativeTime, secretNoun, type CommittedStatus, type IncidentFinding } from '../../../git/incident';

const g = createExampleGen(99);
const scanner = createScanner();
const NOW = new Date(Date.UTC(2026, 10, 23, 12, 0, 0));
const THREE_DAYS_AGO = NOW.getTime() / 1000 - 3 * 86400 - 60;
const commit = { sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', date: THREE_DAYS_AGO, author: 'Alice | Example', subject: 'add *payments*' };

function findingFor(text: string, file: string): IncidentFinding {
  const [f] = scanner.scan(text);
  assert.ok(f);
  return { ruleId: f.ruleId, provider: f.provider, description: f.description, masked: f.masked, fingerprint: f.fingerprint, envName: f.envName, file, line: 3 };
}

const ruleOf = (id: string) => builtinRules.find((r) => r.id === id)!;

describe('incident content', () => {
  const stripe = `sk_live_${g.alnum(24)}`;
  const finding = findingFor(`const key = "${stripe}";`, 'src/pay.js');
  const pushed: CommittedStatus = { state: 'pushed', commit, path: 'src/pay.js', line: 3, remoteBranch: 'origin/main' };
  const committed: CommittedStatus = { state: 'committed', commit, path: 'src/pay.js', line: 3 };

  it('says where and since when, and what to do first', () => {
    assert.equal(incidentMessage(finding, pushed, NOW), `Stripe live secret key (${finding.masked}) is in git history since a1b2c3d (3 days ago); pushed to origin/main: revoke this Stripe key first.`);
    assert.match(incidentMessage(finding, committed, NOW), /since a1b2c3d \(3 days ago\); not pushed yet: revoke this Stripe key first\.$/);
  });

  it('names secrets briefly and ages in words', () => {
    assert.equal(secretNoun({ provider: 'GitHub', description: 'GitHub personal access token (classic)' }), 'GitHub token');
    assert.equal(secretNoun({ provider: 'Private key', description: 'PEM private key (RSA)' }), 'private key');
    assert.equal(secretNoun({ provider: 'Generic', description: 'Hard-coded secret assigned to a secret-like name' }), 'secret');
    assert.equal(relativeTime(NOW.getTime() / 1000 - 30, NOW), 'just now');
    assert.equal(relativeTime(NOW.getTime() / 1000 - 3600, NOW), '1 hour ago');
    assert.equal(relativeTime(NOW.getTime() / 1000 - 400 * 86400, NOW), '1 year ago');
  });

  it('writes a checklist specific to the finding, with every step, and no raw secret', () => {
    const md = incidentChecklist({ finding, rule: ruleOf(finding.ruleId), status: pushed, now: NOW });
    assert.ok(!md.includes(stripe), 'the raw value must never be in the checklist');
    assert.ok(!md.includes(stripe.slice(8, 20)), 'nor a part of it');
    for (const expected of [
      '# Incident: Stripe live secret key committed to git',
      `\`${finding.masked}\``,
      `\`${finding.fingerprint}\``,
      '`src/pay.js` line 3',
      `\`${commit.sha}\``,
      'Alice \\| Example',
      'add \\*payments\\*',
      '**yes**, reachable from `origin/main`',
      '<https://dashboard.stripe.com/apikeys>',
      '## 1. Confirm validity, then revoke or disable',
      '## 2. Identify every system, repository and workflow that used it',
      '## 3. Preserve evidence before regenerating',
      '## 4. Rotate dependent credentials in order',
      "## 5. Review the provider's logs for misuse and new persistence",
      '## 6. Purge history if your policy requires it',
      'git filter-repo --replace-text ../hush-replacements.txt',
      'git filter-repo --invert-paths --path src/pay.js',
      '`STRIPE_SECRET_KEY`',
    ]) {
      assert.ok(md.includes(expected), `missing: ${expected}\n---\n${md}`);
    }
    // The steps come in the order incident response needs them.
    const order = ['## 1.', '## 2.', '## 3.', '## 4.', '## 5.', '## 6.'].map((h) => md.indexOf(h));
    assert.deepEqual(
      [...order].sort((a, b) => a - b),
      order,
    );
  });

  it("uses the rule's revocation note when there is no revocation page, and says when it is not pushed", () => {
    // A 1024-bit RSA key's body: about 14 lines of 64 (a shorter block reads as an elided example).
    const body = Array.from({ length: 14 }, () => g.base64(64)).join('\n');
    const pem = `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`;
    const keyFinding = findingFor(pem, 'deploy/id_rsa');
    const rule = ruleOf(keyFinding.ruleId);
    assert.equal(rule.revocationUrl, null);
    const md = incidentChecklist({ finding: keyFinding, rule, status: { ...committed, path: 'deploy/id_rsa' }, now: NOW });
    assert.ok(md.includes(rule.revocationNote!));
    assert.ok(md.includes('There is no revocation page'));
    assert.ok(md.includes('not to any remote-tracking branch'));
    assert.ok(!md.includes(pem.split('\n')[1]!.slice(0, 16)));
  });

  it('quotes paths for the shell in the filter-repo command', () => {
    const md = incidentChecklist({ finding: { ...finding, file: "it's here.js" }, rule: ruleOf(finding.ruleId), status: { ...committed, path: "it's here.js" }, now: NOW });
    assert.ok(md.includes(`git filter-repo --invert-paths --path 'it'\\''s here.js'`));
  });
});
