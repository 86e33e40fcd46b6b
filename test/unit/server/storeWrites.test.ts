// The server's guards for writing `.env` & co: which files count as writable, and how long a `.env` name
// handed to an edit that has not landed yet stays reserved.
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pasteWarning } from '../../../client/pastePolicy';
import { EnvReservations, RESERVATION_TTL_MS } from '../../../server/envReservations';
import { whyNotWritable } from '../../../server/writable';
import { tempDir } from '../../support/tempTree';

describe('whyNotWritable', () => {
  it('a writable file or a file to create in a writable folder: undefined; otherwise the cause in words', () => {
    const root = tempDir('hush-writable-');
    writeFileSync(join(root, 'ok'), 'x');
    writeFileSync(join(root, 'locked'), 'x');
    chmodSync(join(root, 'locked'), 0o444);
    mkdirSync(join(root, 'dir'));
    mkdirSync(join(root, 'ro'));
    chmodSync(join(root, 'ro'), 0o555);
    writeFileSync(join(root, 'plain'), 'x');
    try {
      assert.equal(whyNotWritable(join(root, 'ok')), undefined);
      assert.equal(whyNotWritable(join(root, 'new', 'deeper', '.env')), undefined, 'missing folders are created by the editor');
      assert.equal(whyNotWritable(join(root, 'locked')), 'the file is read-only');
      assert.equal(whyNotWritable(join(root, 'dir')), 'it is a folder');
      assert.equal(whyNotWritable(join(root, 'ro', '.env')), 'its folder is read-only');
      assert.equal(whyNotWritable(join(root, 'ro', 'a', '.env')), 'its folder is read-only');
      assert.equal(whyNotWritable(join(root, 'plain', '.env')), `${join(root, 'plain')} is not a folder`);
    } finally {
      chmodSync(join(root, 'ro'), 0o755);
    }
  });
});

describe('EnvReservations', () => {
  it('reserves names while .env reads as the text the edit was planned against, for a bounded time', () => {
    let now = 1_000;
    const r = new EnvReservations(() => now);
    r.record('/w/.env', 'A=1\n', [{ name: 'GITHUB_TOKEN', valueHash: 'h1' }]);
    r.record('/w/.env', 'A=1\n', [{ name: 'GITHUB_TOKEN_2', valueHash: 'h2' }]);
    assert.deepEqual(
      [...r.reserved('/w/.env', 'A=1\n')],
      [
        ['GITHUB_TOKEN', 'h1'],
        ['GITHUB_TOKEN_2', 'h2'],
      ],
    );
    assert.deepEqual([...r.reserved('/w/other/.env', 'A=1\n')], [], 'per .env file');
    now += RESERVATION_TTL_MS;
    assert.deepEqual([...r.reserved('/w/.env', 'A=1\n')], [], 'an edit that never landed stops reserving');
    r.record('/w/.env', undefined, [{ name: 'T', valueHash: 'h' }]);
    assert.deepEqual([...r.reserved('/w/.env', undefined)], [['T', 'h']], 'a .env still to be created');
    // The text changed: the edit landed (its names are in the text now) or something else replaced it.
    assert.deepEqual([...r.reserved('/w/.env', 'T=x\n')], []);
    assert.deepEqual([...r.reserved('/w/.env', undefined)], [], 'dropped for good once the text moved on');
  });
});

describe('paste warning when .env cannot be written', () => {
  it('says the text was pasted as it is, which file and why; masked values only', () => {
    const finding = {
      start: 0,
      end: 40,
      ruleId: 'github-pat',
      provider: 'GitHub',
      description: 'GitHub personal access token (classic)',
      severity: 'error' as const,
      masked: 'ghp_…x9Qa',
      fingerprint: 'github-pat:0',
      envName: 'GITHUB_TOKEN',
    };
    const text = pasteWarning([finding], 'app.js', false, '.env cannot be written (the file is read-only)');
    assert.equal(
      text,
      'Hush: you pasted a GitHub personal access token (classic) (ghp_…x9Qa). It was pasted as it is because .env cannot be written (the file is read-only). The value is now part of app.js: it will be saved with it, and may be committed, synced or read by an AI assistant. Make the file writable, then move it, or ignore it if it is not a real secret.',
    );
  });
});
