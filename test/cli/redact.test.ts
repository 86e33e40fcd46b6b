import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { createExampleGen } from '../../engine/examples';
import { makeScanner } from '../../workspace';
import { DEFAULT_CONFIG } from '../../engine';
import { createRedactStream, MAX_LINE, PEM_WINDOW, Redactor } from '../../cli/redactor';
import { runCli } from './runCli';
import { tempTree } from '../support/tempTree';

const g = createExampleGen(31);
const scanner = makeScanner(DEFAULT_CONFIG);

function pem(lines: number): string {
  return `-----BEGIN RSA PRIVATE KEY-----\n${Array.from({ length: lines }, () => g.base64(64)).join('\n')}\n-----END RSA PRIVATE KEY-----`;
}

/** Feeds `input` to a Redactor in pieces of `size` characters. */
function redactInPieces(input: string, size: number): string {
  const r = new Redactor(scanner);
  let out = '';
  for (let i = 0; i < input.length; i += size) out += r.push(input.slice(i, i + size));
  return out + r.end();
}

async function redactStream(chunks: Buffer[]): Promise<string> {
  let out = '';
  for await (const piece of Readable.from(chunks).pipe(createRedactStream(scanner))) out += piece;
  return out;
}

describe('hush redact', () => {
  const token = g.crc32Token('ghp_', 30);
  const stripe = `sk_live_${g.alnum(24)}`;
  const key = pem(8);
  const log = `step 1 ok\nusing token ${token} for the API\n${key}\nSTRIPE=${stripe}\nstep 2 ok ✓ done\n`;

  it('masks every secret, including a multi-line private key, and keeps everything else byte for byte', () => {
    const out = redactInPieces(log, log.length);
    for (const secret of [token, stripe, key]) assert.ok(!out.includes(secret), 'a value survived');
    assert.ok(!out.includes(key.split('\n')[3]!), 'a key line survived');
    assert.ok(out.startsWith('step 1 ok\nusing token ghp_…'));
    assert.ok(out.endsWith('step 2 ok ✓ done\n'));
    assert.equal(out.split('\n').length, log.split('\n').length - key.split('\n').length + 1);
  });

  it('gives the same output whatever the chunk boundaries (secrets split across chunks)', () => {
    const whole = redactInPieces(log, log.length);
    for (const size of [1, 2, 3, 7, 13, 64, 100, 333]) assert.equal(redactInPieces(log, size), whole, `chunks of ${size}`);
  });

  it('decodes UTF-8 split inside a character and masks across Buffer chunks', async () => {
    const bytes = Buffer.from(log, 'utf8');
    const chunks: Buffer[] = [];
    for (let i = 0; i < bytes.length; i += 5) chunks.push(bytes.subarray(i, i + 5));
    assert.equal(await redactStream(chunks), redactInPieces(log, log.length));
  });

  it('holds back only a bounded window: a huge line without newlines and an unterminated key block', () => {
    const r = new Redactor(scanner);
    let out = '';
    const filler = 'x'.repeat(1000) + ' ';
    let input = '';
    let maxHeld = 0;
    for (let i = 0; i < 2000; i++) {
      const piece = i === 1000 ? `${filler}token=${token} ` : filler;
      input += piece;
      out += r.push(piece);
      maxHeld = Math.max(maxHeld, r.held);
    }
    out += r.end();
    assert.ok(maxHeld <= MAX_LINE + filler.length * 2, `held ${maxHeld}`);
    assert.ok(!out.includes(token));
    assert.equal(out.replace(/ghp_…\S{1,4}/, 'T'), input.replace(token, 'T'));

    const open = new Redactor(scanner);
    let held = 0;
    open.push('-----BEGIN RSA PRIVATE KEY-----\n');
    for (let i = 0; i < 5000; i++) {
      open.push(g.base64(64) + '\n');
      held = Math.max(held, open.held);
    }
    assert.ok(held <= PEM_WINDOW + 100, `held ${held}`);
  });

  it('runs as a filter: stdin → stdout, exit 0', () => {
    const r = runCli(['redact'], tempTree({}), log);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, redactInPieces(log, log.length));
    assert.ok(!r.stdout.includes(token));
  });

  it('issue 17 item 4: a 5 KB JWT straddling the long-line cut is masked wherever the cut falls', () => {
    const b64url = (text: string) => Buffer.from(text).toString('base64url');
    const jwt = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(JSON.stringify({ sub: g.digits(10), roles: g.alnum(3600) }))}.${g.base64url(43)}`;
    assert.ok(jwt.length > 4900, `${jwt.length}`);
    const pieces = (text: string) => Array.from({ length: Math.floor(text.length / 12) }, (_, i) => text.slice(i * 12, i * 12 + 12));
    for (let start = MAX_LINE - 9000; start <= MAX_LINE + 1000; start += 500) {
      const line = `${'x '.repeat(start / 2)}auth ${jwt} ${'y '.repeat(20_000)}\n`;
      const out = redactInPieces(line, 1000);
      const leaked = pieces(jwt.slice(3)).filter((p) => out.includes(p));
      assert.deepEqual(leaked.slice(0, 1), [], `JWT starting at ${start}: ${leaked.length} pieces leaked`);
    }
  });
});
