// The key-name classifier (engine/validators/secretName.ts) and the value checks (secretValue.ts): what a
// name says about its value, in every casing, abbreviation and language, and which values count under it.
import assert from 'node:assert/strict';
import { createExampleGen } from '../../../../engine/examples';
import { readSecretName, splitCompound } from '../../../../engine/validators/secretName';
import { passwordVerdict, tokenVerdict } from '../../../../engine/validators/secretValue';

const g = createExampleGen(15);

describe('secret-name classifier', () => {
  it('reads password names in every casing, separator and abbreviation', () => {
    const names = [
      'password',
      'PASSWORD',
      'dbPassword',
      'DB_PASSWORD',
      'db-password',
      'spring.datasource.password',
      // Shibboleth IdP's LDAP bind password (rw-dev26).
      'idp.authn.LDAP.bindDNCredential',
      'passwd',
      'pwd',
      'pw',
      'pass',
      'dbPass',
      'SMTP_PW',
      'db_pw',
      'rootpw',
      'rootpassword',
      'psw',
      'pswd',
      'passphrase',
      'PassWord',
      'setPassword',
      'withPassword',
      'admin_pass',
      'mysqlpass',
      'confirm_password',
      'new_password',
      'ansible_ssh_pass',
      'PWD',
    ];
    for (const n of names) assert.equal(readSecretName(n)?.kind, 'password', n);
  });

  it('reads password names in other languages', () => {
    for (const n of [
      'Passwort',
      'kennwort',
      'mot_de_passe',
      'motDePasse',
      'mdp',
      'contraseña',
      'contrasena',
      'clave',
      'senha',
      'parola',
      'wachtwoord',
      'hasło',
      'haslo',
      'lösenord',
      'salasana',
      'şifre',
      'sifre',
      'heslo',
      'jelszó',
      'пароль',
      'Пароль',
      '密码',
      '数据库密码',
      '비밀번호',
      'パスワード',
      'db_passwort',
    ]) {
      assert.equal(readSecretName(n)?.kind, 'password', n);
    }
  });

  it("reads U-Boot's autoboot stop string as a password, and its digest as none", () => {
    for (const n of ['bootstopkey', 'bootdelaykey', 'CONFIG_AUTOBOOT_STOP_STR']) assert.equal(readSecretName(n)?.kind, 'password', n);
    for (const n of ['bootstopkeysha256', 'CONFIG_AUTOBOOT_STOP_STR_SHA256', 'bootdelay']) assert.equal(readSecretName(n), undefined, n);
  });

  it("reads a service's verification or update token as a token, and a user's mailed one or a step as none", () => {
    for (const n of ['verification_token', 'webhook_verification_token', 'SLACK_VERIFICATION_TOKEN', 'UpdateToken', 'update_token']) assert.equal(readSecretName(n)?.kind, 'token', n);
    for (const n of ['email_verification_token', 'userVerificationToken', 'password_update_token', 'verificationTokenExpiry', 'lastUpdateToken']) assert.equal(readSecretName(n), undefined, n);
  });

  it('reads tokens, keys, secrets and credentials', () => {
    const cases: [string, string][] = [
      ['api_key', 'key'],
      ['apiKey', 'key'],
      ['x-api-key', 'key'],
      ['APIKEY', 'key'],
      ['secret_key', 'key'],
      ['CSRF_SECRET_KEY', 'key'],
      ['client_secret', 'secret'],
      ['JWT_SECRET', 'secret'],
      ['geheim', 'secret'],
      ['authToken', 'token'],
      ['GITLAB_PAT', 'token'],
      ['hash_salt', 'token'],
      ['creds', 'credential'],
      ['credentials', 'credential'],
    ];
    for (const [n, kind] of cases) assert.equal(readSecretName(n)?.kind, kind, n);
    assert.equal(readSecretName('geocoder_key')?.weak, true);
  });

  it('leaves names about something else', () => {
    const names = [
      // A Wi-Fi network's name beside its password (Arduino secrets.h, Zephyr prj.conf).
      'SECRET_SSID',
      'CONFIG_WIFI_CREDENTIALS_STATIC_SSID',
      // SPAKE2+ and SRP salts travel in the clear (Matter factory data, ESP provisioning).
      'spake2_salt',
      'srp_salt',
      'passwordField',
      'password_hash',
      'passwordPolicy',
      'password_reset_url',
      'forgotPassword',
      'getPassword',
      'verifyPassword',
      'token_type',
      'nextToken',
      'NextToken',
      'csrf_token',
      'idempotencyToken',
      // OpenTravel messages' request id, echoed back (`<OTA_HotelAvailNotifRQ EchoToken="…">`).
      'EchoToken',
      // A seat map's hold id, a signage player's device id, Safe Exam Browser's stored digests (rw-dev26).
      'holdToken',
      'hardwareKey',
      'hashedQuitPassword',
      'hashedAdminPassword',
      'tokenizer',
      'bypass',
      'compass',
      'lowpass',
      'renderPass',
      'minipass',
      'allPass',
      'public_key',
      'publicKeyToken',
      'NEXT_PUBLIC_API_KEY',
      'anon_key',
      'cache_key',
      'sort_key',
      'compat',
      'Pattern',
      'PasswordAuthentication',
      'passThrough',
      'OLDPWD_X_Y',
      'algolia_search_api_key',
      'recaptcha_site_key',
      'PUSHER_APP_KEY',
      // A map-style URL's browser key.
      'MAPTILER_KEY',
      'token_count',
      'max_tokens',
      'secretName',
      'passwordLabel',
      // Drone's reference to a secret by its name.
      'from_secret',
    ];
    for (const n of names) assert.equal(readSecretName(n), undefined, n);
  });
});

describe('value checks under a secret name', () => {
  it('count human-made passwords, keyboard walks with a twist and passphrases', () => {
    const values = [`Summer${g.digits(4)}!`, 'hunter2', 'letmein42', `Tr0ub4dor&${g.digits(1)}`, 'Kx9#mPq2', 'mnbvcx?78', '$Pepper391', 'corral-staple-battery-horse', 'velvet drizzle meadow hazel', '404932'];
    for (const v of values) assert.equal(passwordVerdict(v, 'password', { quote: "'" }), undefined, v);
  });

  it('leave placeholders, templates, references, hashes, masks, labels, field names and dummies', () => {
    const values = [
      'changeme',
      'change_me',
      'your_password_here',
      '<password>',
      '${DB_PASSWORD}',
      '${DB_PASSWORD',
      '$DB_PASS',
      '%DB_PASS%',
      '{{ db_pass }}',
      '%(password)s',
      'xxxxxxxx',
      '********',
      '[REDACTED]',
      '<redacted>',
      'password',
      'secret',
      'example',
      'dummy',
      'test',
      'none',
      'null',
      'TODO',
      'vault:secret/data/db#password',
      'op://vault/db/password',
      '!Ref DbPassword',
      `$2b$12$${g.base64(53).replace(/\+/g, '.')}`,
      `{SSHA}${g.base64(32)}`,
      '$ANSIBLE_VAULT;1.1;AES256',
      'ENC[AES256_GCM,data:abc]',
      'Password',
      'Mot de passe',
      'Enter your password',
      'Passwort vergessen?',
      'passwordInput',
      'user-password',
      'DB_PASSWORD',
      'qwertyui',
      '12345678',
      'password123',
      'mysecretpassword',
      'pasword',
      '/run/secrets/db_password',
      'VALUE_SPECIFIED_IN_NO_LOG_PARAMETER',
      'Client-Geheimnis',
    ];
    for (const v of values) assert.notEqual(passwordVerdict(v, 'password'), undefined, v);
  });

  it('leave alphabets, pointers to the value (`from-env`), algorithm names and the reference syntaxes of Symfony, Grafana, PowerShell and build-time substitution', () => {
    const values = [
      'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
      'ABCDEFGHJKLMNPQRSTUVWXYZ23456789',
      'from-env',
      'use-vault',
      'see_docs',
      'env-var',
      'HS256',
      'RS512',
      'AES-256-GCM',
      'aes256',
      'SHA-512',
      'HMAC-SHA256',
      'ChaCha20-Poly1305',
      'Ed25519',
      '%env(DB_PASSWORD)%',
      '%env(resolve:DATABASE_URL)%',
      '$__file{/etc/secrets/db}',
      '$__env{DB_PASSWORD}',
      '$env:DB_PASSWORD',
      '@@DB_PASSWORD@@',
      '@db.password@',
      // A template's substitution token (Koha's koha-conf.xml, rw-dev26).
      '__SMTP_PASSWORD__',
    ];
    for (const v of values) {
      assert.notEqual(passwordVerdict(v, 'password'), undefined, v);
      assert.notEqual(tokenVerdict(v, 'api_secret', 'secret'), undefined, v);
    }
    // Still passwords: a `$` word with punctuation, and an algorithm name with more to it.
    for (const v of ['$ummer-2024!', `HS256${g.alnum(12)}`, `Aes256!${g.digits(4)}`, 'from-env-7741', 'sunny-harbor']) assert.equal(passwordVerdict(v, 'password'), undefined, v);
  });

  it('ask token names for a token-like value', () => {
    assert.equal(tokenVerdict(g.alnum(32), 'api_key', 'key'), undefined);
    // A dotenvx-encrypted value (hush fix --store dotenvx writes them into a .env meant to be committed).
    assert.equal(tokenVerdict(`encrypted:B${g.base64(150)}`, 'STRIPE_SECRET_KEY', 'key'), 'hash or encrypted');
    assert.equal(passwordVerdict(`encrypted:B${g.base64(90)}`, 'DB_PASSWORD'), 'hash or encrypted');
    assert.equal(tokenVerdict(g.hex(40), 'webhook_secret', 'secret'), undefined);
    assert.equal(tokenVerdict(g.uuid(), 'CONSUL_TOKEN', 'token'), undefined);
    for (const v of ['Bearer', 'STRING_VALUE', 'AccessToken_With_AuthScheme', 'not-a-token', g.uuid()]) assert.notEqual(tokenVerdict(v, 'token', 'token'), undefined, v);
    assert.notEqual(tokenVerdict(`${g.alnum(10)}`, 'geocoder_key', 'key', { weak: true }), undefined);
    assert.equal(tokenVerdict(g.hex(32), 'geocoder_key', 'key', { weak: true }), undefined);
  });
});

describe('compound words in names', () => {
  it('split a run-together secret word off its end or its qualifier, and leave other words whole', () => {
    assert.deepEqual(splitCompound('dbpassword'), ['db', 'password']);
    assert.deepEqual(splitCompound('rootpw'), ['root', 'pw']);
    assert.deepEqual(splitCompound('apikey'), ['api', 'key']);
    assert.deepEqual(splitCompound('passwordhash'), ['password', 'hash']);
    assert.deepEqual(splitCompound('bypass'), ['bypass']);
    assert.deepEqual(splitCompound('config'), ['config']);
  });

  it('are split once per word: a word asked again gets the split kept from the first time', () => {
    const word = `${g.lower(6)}password`;
    const first = splitCompound(word);
    assert.deepEqual(first, [word.slice(0, -8), 'password']);
    assert.equal(splitCompound(word), first);
  });
});

describe('keys the name says ship to browsers', () => {
  it('name no secret, unless an admin or server word makes them the other key', () => {
    for (const n of ['SEGMENT_BROWSER_WRITE_KEY', 'googleMapsBrowserKey', 'FRONTEND_API_KEY']) assert.equal(readSecretName(n), undefined, n);
    for (const n of ['SEGMENT_WRITE_KEY', 'BROWSER_SERVER_API_KEY', 'browserAdminKey']) assert.notEqual(readSecretName(n), undefined, n);
  });
});

describe("Render's deploy token", () => {
  it("is read as a token only as a capitals environment name; a renderer's token stays none", () => {
    assert.equal(readSecretName('RENDER_TOKEN')?.kind, 'token');
    for (const n of ['renderToken', 'render_token', 'PRE_RENDER_TOKEN']) assert.equal(readSecretName(n), undefined, n);
  });
});

describe("a sync account's password", () => {
  it('is a password; a sync token or secret stays a cursor', () => {
    for (const n of ['SyncPassword', 'sync_password', 'SYNC_PASSWD']) assert.equal(readSecretName(n)?.kind, 'password', n);
    for (const n of ['syncToken', 'sync_token']) assert.equal(readSecretName(n), undefined, n);
  });
});
