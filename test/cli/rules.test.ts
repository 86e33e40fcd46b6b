// `hush rules`: the catalogue as text and JSON, filtered, with the config's custom rules and disabled rules.
import assert from 'node:assert/strict';
import { builtinRules } from '../../engine';
import { tempTree as makeTree } from '../support/tempTree';
import { runCli } from './runCli';

interface Entry {
  id: string;
  provider: string;
  family: string;
  envName: string;
  revocationUrl: string | null;
  revocationNote?: string;
  parts?: { envName: string }[];
}

describe('hush rules (CLI)', () => {
  it('JSON lists every built-in rule once with provider, family, env name and a revocation URL or note', () => {
    const r = runCli(['rules', '--format', 'json'], makeTree({}));
    assert.equal(r.code, 0, r.stderr);
    const { rules } = JSON.parse(r.stdout) as { rules: Entry[] };
    assert.deepEqual(rules.map((e) => e.id).sort(), builtinRules.map((x) => x.id).sort());
    for (const e of rules) {
      assert.ok(e.provider && e.family && /^[A-Z][A-Z0-9_]*$/.test(e.envName), e.id);
      assert.ok(e.revocationUrl !== null || (e.revocationNote ?? '').length > 0, `${e.id}: revocation`);
    }
    const aws = rules.find((e) => e.id === 'aws-secret-access-key')!;
    assert.deepEqual(
      aws.parts?.map((p) => p.envName),
      ['AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN'],
    );
  });

  it('text: one line per rule with its family, provider, env name and revocation page; a filter narrows it', () => {
    const r = runCli(['rules', 'stripe'], makeTree({}));
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.match(lines[0]!, /^ID\s+FAMILY\s+PROVIDER\s+ENV\s+REVOKE$/);
    const live = lines.find((l) => l.startsWith('stripe-live-secret-key '));
    assert.match(live ?? '', /^stripe-live-secret-key\s+payments\s+Stripe\s+STRIPE_SECRET_KEY\s+https:\/\/\S+$/);
    const count = builtinRules.filter((x) => /stripe/i.test(x.id + x.provider + x.family)).length;
    assert.match(lines[lines.length - 1]!, new RegExp(`^${count} rules, ${count} provider rules`));
    assert.ok(!r.stdout.includes('github-'), 'the filter leaves other providers out');
  });

  it('follows the nearest .hush.json: disabled rules are left out, custom rules are listed', () => {
    const root = makeTree({
      '.hush.json': JSON.stringify({
        disabledRules: ['stripe-live-secret-key'],
        rules: [{ id: 'acme-token', description: 'ACME internal token', pattern: 'acme_(?<secret>[a-z0-9]{32})', keywords: ['acme_'] }],
      }),
    });
    const { rules } = JSON.parse(runCli(['rules', '--format', 'json'], root).stdout) as { rules: Entry[] };
    assert.ok(!rules.some((e) => e.id === 'stripe-live-secret-key'));
    assert.equal(rules.find((e) => e.id === 'acme-token')?.family, 'custom');
  });

  it('bad arguments are a usage error (exit 2) naming the problem', () => {
    const root = makeTree({});
    const r = runCli(['rules', '--format', 'sarif'], root);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--format must be text or json for rules/);
    assert.equal(runCli(['rules', 'a', 'b'], root).code, 2);
    assert.match(runCli(['--help'], root).stdout, /rules \[FILTER\]/);
  });
});
