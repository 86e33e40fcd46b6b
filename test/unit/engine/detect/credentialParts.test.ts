// Multi-part credentials: a value and the other parts of its credential (key ID, client ID, user, host) are
// one finding, whose related spans are masked and fingerprinted, and which Move to .env moves together.
import assert from 'node:assert/strict';
import { applyEdits, builtinRules, createScanner, DEFAULT_CONFIG, findPastedSecrets, planMoveToEnv, planPasteGuard, type Finding } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { maskedSpans, redactText } from '../../../../engine/redactText';
import { TrackedDocument } from '../../../../server/incrementalScan';
import { LineDocument } from '../../../../server/lineDocument';
import { parseError } from '../../../support/parsers';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const scanner = createScanner();
const g = createExampleGen(16);
const keyId = () => `AKIA${g.chars(BASE32, 16)}`;
const secretKey = () => g.base64(40);

function only(text: string, ruleId: string): Finding[] {
  return scanner.scan(text).filter((f) => f.ruleId === ruleId);
}

const at = (text: string, value: string) => [text.indexOf(value), text.indexOf(value) + value.length];

describe('multi-part credentials', () => {
  it('reports an AWS key ID and its secret key as one finding, the ID as a related span (masked, fingerprinted)', () => {
    const id = keyId();
    const secret = secretKey();
    const text = `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`;
    const findings = scanner.scan(text);
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['aws-secret-access-key'],
      'the key ID is folded into the secret key finding',
    );
    const [f] = findings;
    assert.deepEqual([f!.start, f!.end], at(text, secret));
    assert.equal(f!.related?.length, 1);
    const r = f!.related![0]!;
    assert.deepEqual([r.start, r.end], at(text, id));
    assert.equal(r.label, 'access key ID');
    assert.equal(r.envName, 'AWS_ACCESS_KEY_ID');
    assert.equal(r.sensitive, true);
    assert.match(r.fingerprint, /^aws-secret-access-key\/access-key-id:[0-9a-f]{16}$/);
    assert.ok(r.masked.startsWith('AKIA…') && !r.masked.includes(id.slice(4, 16)), r.masked);
    assert.ok(!JSON.stringify(f).includes(id) && !JSON.stringify(f).includes(secret), 'no raw value in the finding');
  });

  it('keeps the single-value shape when no other part is near (backward compatible)', () => {
    const text = `aws_secret_access_key = ${secretKey()}\n`;
    const [f] = scanner.scan(text);
    assert.equal(f?.ruleId, 'aws-secret-access-key');
    assert.equal('related' in f!, false);
    // A key ID alone stays its own finding.
    const alone = scanner.scan(`AWS_ACCESS_KEY_ID=${keyId()}\n`);
    assert.deepEqual(
      alone.map((x) => [x.ruleId, x.related]),
      [['aws-access-key-id', undefined]],
    );
  });

  it('does not pair parts that lie beyond the reach', () => {
    const id = keyId();
    const text = `aws_access_key_id = ${id}\n${'# filler line of an unrelated config file\n'.repeat(20)}aws_secret_access_key = ${secretKey()}\n`;
    const findings = scanner.scan(text);
    assert.deepEqual(
      findings.map((f) => f.ruleId),
      ['aws-access-key-id', 'aws-secret-access-key'],
    );
    assert.equal(findings[1]!.related, undefined);
  });

  it('pairs two key pairs in one file without swapping halves, whichever order the file uses', () => {
    const [id1, id2, s1, s2] = [keyId(), keyId(), secretKey(), secretKey()];
    const idFirst = `[a]\naws_access_key_id = ${id1}\naws_secret_access_key = ${s1}\n[b]\naws_access_key_id = ${id2}\naws_secret_access_key = ${s2}\n`;
    const secretFirst = `[a]\naws_secret_access_key = ${s1}\naws_access_key_id = ${id1}\n[b]\naws_secret_access_key = ${s2}\naws_access_key_id = ${id2}\n`;
    for (const text of [idFirst, secretFirst]) {
      const pairs = only(text, 'aws-secret-access-key').map((f) => [text.slice(f.start, f.end), f.related?.map((r) => text.slice(r.start, r.end))]);
      assert.deepEqual(pairs, [
        [s1, [id1]],
        [s2, [id2]],
      ]);
      assert.equal(scanner.scan(text).length, 2, 'no key ID left over as its own finding');
    }
  });

  it('a suppressed or ignored value does not swallow its key ID', () => {
    const id = keyId();
    const secret = secretKey();
    const text = `aws_access_key_id = ${id}\naws_secret_access_key = ${secret} # hush:allow\n`;
    assert.deepEqual(
      scanner.scan(text).map((f) => f.ruleId),
      ['aws-access-key-id'],
    );
    const fp = scanner.scan(`aws_secret_access_key = ${secret}\n`)[0]!.fingerprint;
    const ignoring = createScanner({ config: { ...DEFAULT_CONFIG, ignore: [{ fingerprint: fp, reason: 'test' }] } });
    assert.deepEqual(
      ignoring.scan(`aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`).map((f) => f.ruleId),
      ['aws-access-key-id'],
    );
  });

  it('takes the user and host of a connection URL from the same match', () => {
    const password = g.alnum(20);
    const text = `DATABASE_URL=postgres://billing:${password}@pg-main.internal:5432/app\n`;
    const [f] = only(text, 'database-url-password');
    assert.deepEqual([f!.start, f!.end], at(text, password));
    assert.deepEqual(
      f!.related?.map((r) => [r.label, text.slice(r.start, r.end), r.envName]),
      [
        ['user', 'billing', 'DATABASE_USER'],
        ['host', 'pg-main.internal', 'DATABASE_HOST'],
      ],
    );
  });

  it('pairs an OAuth client ID with a client secret, and a database user and host with its password, by name', () => {
    const clientId = g.uuid();
    const oauth = `oauth:\n  client_id: ${clientId}\n  client_secret: ${g.alnum(32)}\n`;
    const [f] = scanner.scan(oauth);
    assert.deepEqual(
      f!.related?.map((r) => [r.part, oauth.slice(r.start, r.end)]),
      [['client-id', clientId]],
    );
    // A password that is not a client secret gets no client ID.
    const other = `client_id: ${clientId}\napi_password: ${g.alnum(12)}#${g.digits(3)}\n`;
    assert.equal(scanner.scan(other)[0]?.related, undefined);
    const db = `DB_HOST=pg-main.corp\nDB_USER=app_rw\nDB_PASSWORD=${g.alnum(14)}!${g.digits(2)}\n`;
    assert.deepEqual(
      scanner.scan(db)[0]!.related?.map((r) => r.envName),
      ['DB_HOST', 'DB_USER'],
    );
  });

  it('Move to .env moves every part: two variables, two references, one plan', () => {
    const id = keyId();
    const secret = secretKey();
    const text = `const credentials = {\n  accessKeyId: "${id}",\n  aws_secret_access_key: "${secret}",\n};\n`;
    const [f] = scanner.scan(text);
    assert.ok(f?.related?.length === 1);
    const plan = planMoveToEnv({
      text,
      path: 'src/s3.js',
      secrets: [f, ...f.related].map((s) => ({ start: s.start, end: s.end, envName: s.envName })),
      envText: undefined,
      envIgnored: true,
    });
    const source = applyEdits(text, plan.sourceEdits);
    // The part is named as the key ID's own rule would name it there.
    const idName = only(`const credentials = {\n  accessKeyId: "${id}",\n};\n`, 'aws-access-key-id')[0]!.envName;
    assert.equal(f.related[0]!.envName, idName);
    assert.equal(source, `const credentials = {\n  accessKeyId: process.env.${idName},\n  aws_secret_access_key: process.env.AWS_SECRET_ACCESS_KEY,\n};\n`);
    assert.equal(applyEdits('', plan.env.edits), `${idName}=${id}\nAWS_SECRET_ACCESS_KEY=${secret}\n`);
    assert.equal(plan.title, `Move to .env as ${idName}, AWS_SECRET_ACCESS_KEY`);
  });

  it('Move to .env splits one literal holding several parts into pieces that still parse', () => {
    const password = g.alnum(18);
    // Names: POSTGRES_USER, POSTGRES_PASSWORD, POSTGRES_HOST (U, P, H below).
    const cases: [string, string, string, (u: string, p: string, h: string) => string][] = [
      [
        'db.js',
        'js',
        `const uri = "postgres://billing:${password}@pg-main.internal:5432/app";\n`,
        (u, p, h) => `const uri = ("postgres://" + process.env.${u} + ":" + process.env.${p} + "@" + process.env.${h} + ":5432/app");\n`,
      ],
      [
        'db.py',
        'python',
        `uri = 'postgres://billing:${password}@pg-main.internal:5432/app'\n`,
        (u, p, h) => `import os\nuri = ('postgres://' + os.environ["${u}"] + ':' + os.environ["${p}"] + '@' + os.environ["${h}"] + ':5432/app')\n`,
      ],
      ['run.sh', 'shell', `psql postgres://billing:${password}@pg-main.internal:5432/app\n`, (u, p, h) => `psql postgres://"$${u}":"$${p}"@"$${h}":5432/app\n`],
    ];
    for (const [path, kind, text, expected] of cases) {
      const [f] = only(text, 'database-url-password');
      assert.ok(f?.related?.length === 2, path);
      const [user, host] = f.related.map((r) => r.envName);
      const plan = planMoveToEnv({ text, path, secrets: [f, ...f.related].map((s) => ({ start: s.start, end: s.end, envName: s.envName })), envText: undefined, envIgnored: true });
      const source = applyEdits(text, plan.sourceEdits);
      assert.equal(source, expected(user!, f.envName, host!), path);
      assert.equal(applyEdits('', plan.env.edits), `${user}=billing\n${f.envName}=${password}\n${host}=pg-main.internal\n`, path);
      if (kind === 'js' || kind === 'python' || kind === 'shell') {
        const err = parseError(kind, source);
        if (err !== undefined) assert.equal(err, '', source);
      }
    }
  });

  it('a pasted key pair becomes two references; a part already in the document stays where it is', () => {
    const id = keyId();
    const secret = secretKey();
    const doc = 'const s3 = new S3({\n  \n});\n';
    const at = doc.indexOf('  \n') + 2;
    const clip = `accessKeyId: "${id}",\n  secretAccessKey: "${secret}",`;
    const [f] = findPastedSecrets(scanner, { documentText: doc, insertStart: at, pastedText: clip, path: 's3.js' });
    assert.deepEqual(
      f?.related?.map((r) => clip.slice(r.start, r.end)),
      [id],
      'offsets relative to the pasted text',
    );
    const plan = planPasteGuard({
      documentText: doc,
      insertStart: at,
      pastedText: clip,
      secrets: [f!, ...f!.related!].map((x) => ({ start: x.start, end: x.end, envName: x.envName })),
      path: 's3.js',
      envText: undefined,
      envIgnored: true,
    });
    assert.ok(plan && !plan.insertText.includes(id) && !plan.insertText.includes(secret), plan?.insertText);
    assert.equal(plan.names.length, 2);
    // The key ID typed earlier in the document is not part of the paste: only the secret is pasted as a reference.
    const before = `const s3 = new S3({\n  accessKeyId: "${id}",\n  \n});\n`;
    const at2 = before.lastIndexOf('  \n') + 2;
    const [g2] = findPastedSecrets(scanner, { documentText: before, insertStart: at2, pastedText: `secretAccessKey: "${secret}",`, path: 's3.js' });
    assert.equal(g2?.ruleId, 'aws-secret-access-key');
    assert.equal(g2?.related, undefined);
  });

  it('redaction masks a key ID that is part of a credential, not a user name or host', () => {
    const id = keyId();
    const secret = secretKey();
    const out = redactText(scanner, `aws_access_key_id = ${id}\naws_secret_access_key = ${secret}\n`);
    assert.ok(!out.includes(id) && !out.includes(secret), 'both masked');
    const password = g.alnum(20);
    const url = redactText(scanner, `postgres://billing:${password}@pg-main.internal/app`);
    assert.ok(url.includes('billing') && url.includes('pg-main.internal') && !url.includes(password), url);
    assert.equal(maskedSpans([]).length, 0);
  });

  it('every part pattern is bounded and has a secret group; every part id is kebab-case and unique in its rule', () => {
    for (const rule of builtinRules) {
      const ids = new Set<string>();
      for (const p of rule.parts ?? []) {
        assert.match(p.id, /^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${rule.id}/${p.id}`);
        assert.ok(!ids.has(p.id), `${rule.id}: duplicate part ${p.id}`);
        ids.add(p.id);
        assert.ok((p.pattern === undefined) !== (p.group === undefined), `${rule.id}/${p.id}: a pattern or a group`);
        if (p.pattern) assert.ok(/\(\?<secret>/.test(p.pattern.source), `${rule.id}/${p.id}: secret group`);
        if (p.group) assert.ok(rule.pattern.source.includes(`(?<${p.group}>`), `${rule.id}/${p.id}: group ${p.group} in the rule's pattern`);
        assert.match(p.envName, /^[A-Z][A-Z0-9_]*$/, `${rule.id}/${p.id}: envName`);
      }
    }
  });

  it('an edit to a part updates the finding in the editor exactly as a full scan does', () => {
    const id = keyId();
    const lines = Array.from({ length: 40 }, (_, i) => `const filler${i} = ${i};`);
    lines.splice(20, 0, `aws_access_key_id = "${id}"`, `aws_secret_access_key = "${secretKey()}"`);
    const text = lines.join('\n') + '\n';
    const t = new TrackedDocument(new LineDocument('file:///a.js', 'javascript', 1, text));
    t.rescan(scanner, '/a.js', 'javascript', 2e6);
    assert.equal(t.findings[0]?.related?.length, 1);
    // Break the key ID (a character deleted inside it), then restore it: each time as a full scan says.
    const idLine = 20;
    const edits = [
      { range: { start: { line: idLine, character: 25 }, end: { line: idLine, character: 26 } }, text: '' },
      { range: { start: { line: idLine, character: 25 }, end: { line: idLine, character: 25 } }, text: id[4]! === 'Q' ? 'R' : 'Q' },
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: 'x' },
    ];
    let version = 2;
    for (const change of edits) {
      t.applyChanges([change], version++);
      t.rescan(scanner, '/a.js', 'javascript', 2e6);
      const full = scanner.scan(t.doc.getText(), { path: '/a.js', language: 'javascript' });
      assert.deepEqual(
        t.findings.map((f) => [f.ruleId, f.start, f.end, f.related?.map((r) => [r.start, r.end])]),
        full.map((f) => [f.ruleId, f.start, f.end, f.related?.map((r) => [r.start, r.end])]),
      );
    }
  });
});
