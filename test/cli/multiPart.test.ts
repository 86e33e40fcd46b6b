// A multi-part credential in the CLI's reports: one finding whose related parts are listed with their own
// positions, masked and fingerprinted, in text, JSON and SARIF; `hush redact` masks a key ID with its secret.
import assert from 'node:assert/strict';
import { createExampleGen } from '../../engine/examples';
import { tempTree as makeTree } from '../support/tempTree';
import { runCli } from './runCli';

const g = createExampleGen(31);
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

describe('multi-part credentials (CLI)', () => {
  const id = `AKIA${g.chars(BASE32, 16)}`;
  const secret = g.base64(40);
  const credentials = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\nregion = eu-west-1\n`;
  const tree = () => makeTree({ 'aws/credentials': credentials });

  it('JSON: one finding, the key ID as a related part with its own 1-based position', () => {
    const r = runCli(['scan', '.', '--format', 'json'], tree());
    assert.equal(r.code, 1, r.stderr);
    const { findings } = JSON.parse(r.stdout);
    assert.equal(findings.length, 1);
    const [f] = findings;
    assert.equal(f.ruleId, 'aws-secret-access-key');
    assert.equal(f.line, 3);
    assert.equal(f.related.length, 1);
    const [part] = f.related;
    assert.deepEqual(
      { label: part.label, line: part.line, column: part.column, endLine: part.endLine, endColumn: part.endColumn, envName: part.envName },
      { label: 'access key ID', line: 2, column: 21, endLine: 2, endColumn: 41, envName: 'AWS_ACCESS_KEY_ID' },
    );
    assert.match(part.fingerprint, /^aws-secret-access-key\/access-key-id:[0-9a-f]{16}$/);
    assert.match(part.masked, /^AKIA…/);
  });

  it('text: the related part is listed under its finding', () => {
    const r = runCli(['scan', '.'], tree());
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /3:25\s+error\s+AWS secret access key \(…\S+\)\s+aws-secret-access-key\n\s+2:21\s+└ access key ID \(AKIA…\S+\), same credential\n/);
    assert.match(r.stdout, /1 secret found in 1 file/);
  });

  it('SARIF: the related part is a relatedLocation of the one result', () => {
    const r = runCli(['scan', '.', '--format', 'sarif'], tree());
    const results = JSON.parse(r.stdout).runs[0].results;
    assert.equal(results.length, 1);
    assert.deepEqual(
      results[0].relatedLocations.map((l: { physicalLocation: { region: object } }) => l.physicalLocation.region),
      [{ startLine: 2, startColumn: 21, endLine: 2, endColumn: 41 }],
    );
    assert.match(results[0].relatedLocations[0].message.text, /^access key ID \(AKIA…\S+\) of the same credential$/);
  });

  it('no output leaks either part; redact masks both', () => {
    const root = tree();
    for (const format of ['text', 'json', 'sarif']) {
      const r = runCli(['scan', '.', '--format', format], root);
      for (const value of [id, secret]) assert.ok(!r.stdout.includes(value) && !r.stdout.includes(value.slice(4, 16)), `${format} leaks a part`);
    }
    const redacted = runCli(['redact'], root, credentials);
    assert.equal(redacted.code, 0, redacted.stderr);
    assert.ok(!redacted.stdout.includes(id) && !redacted.stdout.includes(secret), redacted.stdout);
    assert.match(redacted.stdout, /^region = eu-west-1$/m);
  });
});
