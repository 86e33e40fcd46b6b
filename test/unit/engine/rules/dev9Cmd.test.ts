// Classes of secrets on command lines found while tuning on rw-dev9's command-line part: key-making and sync
// tools' own flags and positions (ssh-keygen -N/-P, dotnet nuget push -k, rclone obscure / config create … pass,
// openssl dgst -hmac, cf auth USER PASSWORD, the Winlogon DefaultPassword value) and two look-alikes every
// literal check now refuses (`@file` references, subresource-integrity digests).
// Each case says what must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de9);

const { found: values } = ruleAssertions(scanner);

/** A person's password, as people set them (`Harbor482!`). */
const pw = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Violet'])}${g.digits(3)}${g.pick(['!', '#', '%', '.'])}`;
/** A passphrase of lower-case words joined by dots or dashes. */
const phrase = () => [0, 1, 2, 3].map(() => g.pick(['kotik', 'pepper', 'marble', 'ciudad', 'harbor', 'walrus'])).join(g.pick(['.', '-']));

describe('rw-dev9 classes: command lines', () => {
  it('finds the passphrase given to ssh-keygen -N (new) and -P (old)', () => {
    const a = phrase();
    assert.deepEqual(values(`$ ssh-keygen -t ed25519 -f team_ed25519 -N '${a}' -C team@corp\n`, 'docs/ssh-keys.md'), [a]);
    const b = pw();
    const c = g.alnum(18);
    assert.deepEqual(values(`ssh-keygen -p -f ~/.ssh/id_rsa -P '${b}' -N ${c}\n`, 'notes.txt'), [b, c]);
  });

  it('leaves empty, referenced and spaced ssh-keygen passphrases alone', () => {
    assert.deepEqual(values("ssh-keygen -t ed25519 -f deploy -N '' -C deploy@ci\n", 'run.sh'), []);
    assert.deepEqual(values('ssh-keygen -t ed25519 -f deploy -N "$KEY_PASSPHRASE"\n', 'run.sh'), []);
    assert.deepEqual(values("ssh-keygen -p -f key -P 'old passphrase' -N 'new passphrase'\n", 'docs/ssh.md'), []);
  });

  it('finds the feed API key given to dotnet nuget push -k / --api-key', () => {
    const k = g.lower(46);
    assert.deepEqual(values(`dotnet nuget push bin/Release/Corp.Client.2.0.1.nupkg -k ${k} -s https://nuget.corp.example/v3/index.json\n`, 'docs/publishing.md'), [k]);
    assert.deepEqual(values('dotnet nuget push pkg.nupkg -k "$NUGET_API_KEY" -s https://api.nuget.org/v3/index.json\n', 'ci.sh'), []);
  });

  it('finds a password given to rclone obscure and to rclone config create … pass', () => {
    const a = `${g.alnum(6)}?${g.alnum(6)}_${g.alnum(6)}*${g.alnum(4)}`;
    assert.deepEqual(values(`rclone copy /srv :sftp:/b --sftp-host sftp.example --sftp-user acme --sftp-pass $(rclone obscure '${a}')\n`, 'ops/offsite.sh'), [a]);
    const b = `October${g.digits(4)}`;
    assert.deepEqual(values(`rclone config create nas smb host nas01 user backup pass ${b}\n`, 'ops/offsite.sh'), [b]);
    assert.deepEqual(values('rclone config create nas smb host nas01 user backup pass "$NAS_PW"\nrclone obscure "$PW"\n', 'ops/offsite.sh'), []);
  });

  it('finds the HMAC key given to openssl dgst -hmac', () => {
    const k = g.hex(48);
    assert.deepEqual(values(`SIG=$(echo -n "$BODY" | openssl dgst -sha256 -hmac "${k}" | cut -d' ' -f2)\n`, 'docs/webhooks.md'), [k]);
    assert.deepEqual(values('SIG=$(echo -n "$BODY" | openssl dgst -sha256 -hmac "$WEBHOOK_SECRET" | cut -d" " -f2)\n', 'docs/webhooks.md'), []);
  });

  it('finds the password of cf auth USER PASSWORD', () => {
    const p = `${g.pick(['Kartoffel', 'Monkey', 'Praia'])}${g.pick(['Monkey', 'Praia', 'River'])}${g.pick(['Sun', 'Fog'])}`;
    assert.deepEqual(values(`cf auth ops@example.com ${p}\n`, 'notes/cli-setup.txt'), [p]);
    assert.deepEqual(values('cf auth "$CF_USER" "$CF_PASSWORD"\n', 'ci.sh'), []);
  });

  it('finds the Windows auto-logon password written to Winlogon DefaultPassword', () => {
    const p = phrase();
    const text = `reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d ${p} /f\n`;
    assert.deepEqual(values(text, 'deploy/setup_kiosk.cmd'), [p]);
    assert.deepEqual(values('reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d %KIOSK_PW% /f\n', 'setup.cmd'), []);
  });

  it('leaves @file references and subresource-integrity digests alone', () => {
    assert.deepEqual(values('vault kv put secret/apps/billing db_password=@db_password.txt', 'docs/vault.md'), []);
    const integrity = `sha512-${g.base64(86)}==`;
    assert.deepEqual(values(`5. \`npm view acme-cli@3.2.0 dist.integrity\` → ${integrity}\n`, 'docs/release-checklist.md'), []);
  });
});
