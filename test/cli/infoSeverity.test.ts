// Identifiers public by design (a Sentry DSN, a browser Maps key) are information-level notes: shown, never
// failing `hush scan` or `hush scan --staged`; a real secret next to them still does.
import assert from 'node:assert/strict';
import { createExampleGen } from '../../engine/examples';
import { runCli } from './runCli';
import { git, initRepo } from '../support/gitRepo';
import { tempTree, writeFile } from '../support/tempTree';

const g = createExampleGen(808);
const dsn = () => `https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}`;
const mapsKey = () => `AIza${g.base64url(35)}`;

describe('information-level findings', () => {
  it('are reported by hush scan with severity info and exit 0', () => {
    const root = tempTree({ 'web/config.js': `Sentry.init({ dsn: "${dsn()}" });\nconst firebaseConfig = { apiKey: "${mapsKey()}", authDomain: "acme.firebaseapp.com" };\n` });
    const r = runCli(['scan', '.', '--format', 'json'], root);
    assert.equal(r.code, 0, r.stderr);
    const findings = (JSON.parse(r.stdout) as { findings: { ruleId: string; severity: string }[] }).findings;
    assert.deepEqual(findings.map((f) => [f.ruleId, f.severity]).sort(), [
      ['google-api-key-browser', 'info'],
      ['sentry-dsn', 'info'],
    ]);
  });

  it('exit 1 as soon as a non-info finding is there too', () => {
    const root = tempTree({ 'web/config.js': `Sentry.init({ dsn: "${dsn()}" });\n`, '.env': `DB_PASSWORD=Harbor${g.digits(4)}!\n` });
    assert.equal(runCli(['scan', '.'], root).code, 1);
  });

  it('do not fail a pre-commit scan (--staged)', () => {
    const root = initRepo();
    writeFile(root, 'web/config.js', `Sentry.init({ dsn: "${dsn()}" });\n`);
    git(root, 'add', '-A');
    const r = runCli(['scan', '--staged'], root);
    assert.equal(r.code, 0, r.stdout + r.stderr);
  });
});
