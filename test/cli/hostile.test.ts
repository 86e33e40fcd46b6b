// Issue 17: a cloned repository is untrusted input. Each test lays the traps of one item (test/support/hostileRepo.ts)
// and runs the built CLI with a deadline: a hang fails the test, it never stalls the suite.
import assert from 'node:assert/strict';
import { ACME_RULE, acmeToken, fifo, githubToken, layAll, link, SLOW_RULE, slowLine, tempDir, unlistableFolder, write } from '../support/hostileRepo';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { git, initRepo } from '../support/gitRepo';
import { CLI, runCli, runCliBytes } from './runCli';

interface JsonReport {
  findings: { file: string; ruleId: string; masked: string }[];
  stats: { files: number; skipped: { file: string; reason: string; detail?: string }[]; ruleTimeouts?: { config?: string; field: string; ruleId: string; file: string }[] };
}

/** Runs the CLI and reads its own peak resident memory (VmHWM, git's not included) until it exits; with a deadline. */
function runWithPeakMemory(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string; peakMb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const poll = setInterval(() => {
      try {
        peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0));
      } catch {
        /* exited */
      }
    }, 5);
    const deadline = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(deadline);
      resolve({ code: code ?? -1, stdout, stderr, peakMb: peakKb / 1024 });
    });
  });
}

describe('hostile repository: the CLI', function () {
  this.timeout(120_000);

  describe('item 1: a custom rule that passes the proof but backtracks', () => {
    it('is stopped at the per-file budget, named as a config problem (exit 2), and the other rules still report', () => {
      const root = tempDir();
      write(root, '.hush.json', JSON.stringify({ rules: [SLOW_RULE, ACME_RULE] }));
      write(root, 'slow.txt', slowLine());
      write(root, 'more-slow.txt', slowLine());
      write(root, 'app.js', `const a = "${acmeToken()}";\nconst g = "${githubToken()}";\n`);
      const r = runCli(['scan', '.', '--format', 'json'], root, undefined, { timeout: 45_000 });
      assert.ok(!r.timedOut, 'hush scan hung on the custom rule');
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /\.hush\.json rules\[0\]\.pattern: custom rule slow-ab took longer than 1000 ms on (more-)?slow\.txt/);
      const out = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(out.findings.map((f) => f.ruleId).sort(), ['acme-token', 'github-personal-access-token']);
      assert.deepEqual(
        out.stats.ruleTimeouts?.map((t) => [t.config, t.field, t.ruleId]),
        [['.hush.json', 'rules[0].pattern', 'slow-ab']],
        'reported once, then off',
      );
    });

    it('redact stops it too', () => {
      const root = tempDir();
      write(root, '.hush.json', JSON.stringify({ rules: [SLOW_RULE, ACME_RULE] }));
      const acme = acmeToken();
      const r = runCli(['redact'], root, `${slowLine()}key ${acme}\n`, { timeout: 45_000 });
      assert.ok(!r.timedOut, 'hush redact hung on the custom rule');
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /rules\[0\]\.pattern: custom rule slow-ab took longer than/);
      assert.ok(!r.stdout.includes(acme), 'the other custom rule still masks');
    });
  });

  describe('item 2: config and ignore files that are not regular files, or huge', () => {
    /** A tree with a finding, and `trap` laid in it. */
    function treeWith(trap: (root: string) => void): string {
      const root = tempDir();
      write(root, 'app.js', `const g = "${githubToken()}";\n`);
      trap(root);
      return root;
    }

    for (const [name, lay] of [
      ['a symlink to /dev/zero', (root: string) => link(root, '.hush.json', '/dev/zero')],
      ['a FIFO', (root: string) => fifo(root, '.hush.json')],
      ['5 MB of JSON', (root: string) => write(root, '.hush.json', `{"exclude": [${'"x",'.repeat(1_300_000)}"y"]}`)],
    ] as const) {
      it(`.hush.json as ${name}: exit 2 saying why, at once`, () => {
        const r = runCli(['scan', '.'], treeWith(lay), undefined, { timeout: 20_000 });
        assert.ok(!r.timedOut, 'hush scan hung');
        assert.equal(r.code, 2, r.stderr);
        assert.match(r.stderr, /\.hush\.json (is a character device|is a named pipe|is \d+ bytes, more than)/);
      });
    }

    for (const [name, lay, why] of [
      ['a FIFO', (root: string) => fifo(root, '.gitignore'), /named pipe/],
      ['a symlink to /dev/zero', (root: string) => link(root, '.gitignore', '/dev/zero'), /character device/],
    ] as const) {
      it(`.gitignore as ${name}: the scan goes on, the file is listed as skipped with the reason`, () => {
        const root = treeWith(lay);
        write(root, 'sub/.gitignore', 'ignored.js\n');
        write(root, 'sub/ignored.js', `const g = "${githubToken()}";\n`);
        const r = runCli(['scan', '.', '--format', 'json'], root, undefined, { timeout: 20_000 });
        assert.ok(!r.timedOut, 'hush scan hung');
        assert.equal(r.code, 1, r.stderr);
        const out = JSON.parse(r.stdout) as JsonReport;
        assert.deepEqual(
          out.findings.map((f) => f.file),
          ['app.js'],
          'the readable nested .gitignore still applies',
        );
        const skipped = out.stats.skipped.find((s) => s.file === '.gitignore');
        assert.ok(skipped, JSON.stringify(out.stats.skipped));
        assert.match(skipped.detail ?? '', why);
      });
    }
  });

  describe('item 3: a .hush.json above the scan root', () => {
    /** outer/.hush.json disables the rule that finds the token in outer/proj/app.js; neither folder is a repository. */
    function nested(): { outer: string; proj: string; token: string } {
      const outer = tempDir();
      write(outer, '.hush.json', JSON.stringify({ disabledRules: ['github-personal-access-token'] }));
      const token = githubToken();
      write(outer, 'proj/app.js', `const g = "${token}";\n`);
      return { outer, proj: `${outer}/proj`, token };
    }

    it('is not applied to `hush scan .` in a folder below it', () => {
      const { proj } = nested();
      const r = runCli(['scan', '.'], proj);
      assert.equal(r.code, 1, `the config above the scan root disabled the rule: ${r.stdout}`);
    });

    it('is not applied to `hush redact` in a folder below it', () => {
      const { proj, token } = nested();
      // No key name next to it: only the provider rule (switched off above) would find it.
      const r = runCli(['redact'], proj, `see ${token} here\n`);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(!r.stdout.includes(token), 'redact passed the secret through');
    });

    it('control: it applies when it is in the working directory the scan starts from', () => {
      const { outer } = nested();
      assert.equal(runCli(['scan', 'proj'], outer).code, 0);
    });
  });

  describe('item 11: a folder the walk cannot list', () => {
    it('is listed in skipped with the reason, never silently dropped', () => {
      const root = tempDir();
      write(root, 'clean.txt', 'nothing here\n');
      unlistableFolder(root, `const g = "${githubToken()}";\n`);
      const r = runCli(['scan', '.', '--format', 'json'], root);
      assert.ok(!r.timedOut);
      const out = JSON.parse(r.stdout) as JsonReport;
      const unlisted = out.stats.skipped.filter((s) => s.reason === 'unreadable' && /cannot be listed \(ENAMETOOLONG\)/.test(s.detail ?? ''));
      assert.equal(unlisted.length, 1, JSON.stringify(out.stats.skipped).slice(0, 400));
      assert.match(runCli(['scan', '.'], root).stdout, /Skipped: 1 unreadable/);
    });
  });

  describe('item 17: redact and bytes that are not UTF-8', () => {
    it('passes them through untouched and masks the secret between them', () => {
      const token = githubToken();
      const chunks = [
        Buffer.from('caf'),
        Buffer.from([0xe9]), // Latin-1 é
        Buffer.from(` token ${token} `),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98]), // invalid, a surrogate, a cut-off emoji
        Buffer.from(' end ✓\n'),
      ];
      const input = Buffer.concat([...chunks, ...chunks]);
      const r = runCliBytes(['redact'], tempDir(), input);
      assert.equal(r.code, 0, r.stderr);
      const masked = Buffer.from(` token ${token} `);
      const out = r.stdout;
      assert.ok(!out.includes(Buffer.from(token)), 'the token passed');
      // Everything but the token, byte for byte.
      const expected = input.toString('latin1').split(masked.toString('latin1'));
      const got = out.toString('latin1');
      let at = 0;
      for (const part of expected) {
        const i = got.indexOf(part, at);
        assert.ok(i >= 0, `bytes ${JSON.stringify(part)} not passed through untouched`);
        at = i + part.length;
      }
    });
  });

  describe('item 5: a staged file whose name holds a newline', () => {
    it('is scanned and blocks the commit like any other', () => {
      const repo = initRepo();
      const name = 'evil\nname.js';
      writeFileSync(join(repo, name), `const g = "${githubToken()}";\n`);
      git(repo, 'add', '--', name);
      const r = runCli(['scan', '--staged', '--format', 'json'], repo);
      assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
      const out = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(
        out.findings.map((f) => f.file),
        [name],
      );
    });
  });

  describe('item 12: a huge staged file', () => {
    it('is skipped as too large while the diff streams by: memory stays flat', async () => {
      // The same scan without the big file is the reference: the CLI's own peak grows with the rule set, and a
      // buffered diff would add its 200 MB on top of it.
      const small = initRepo();
      writeFileSync(join(small, 'app.js'), `const g = "${githubToken()}";\n`);
      git(small, 'add', '.');
      const reference = await runWithPeakMemory(['scan', '--staged', '--format', 'json'], small);
      assert.equal(reference.code, 1, reference.stderr.slice(0, 500));
      const repo = initRepo();
      writeFileSync(join(repo, 'app.js'), `const g = "${githubToken()}";\n`);
      writeFileSync(join(repo, 'blob.bin'), '');
      truncateSync(join(repo, 'blob.bin'), 200 * 1024 * 1024); // 200 MB of NULs: one "line" for git diff --text
      git(repo, 'add', '.');
      const r = await runWithPeakMemory(['scan', '--staged', '--format', 'json'], repo);
      assert.equal(r.code, 1, r.stderr.slice(0, 500));
      const out = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(
        out.findings.map((f) => f.file),
        ['app.js'],
      );
      assert.deepEqual(
        out.stats.skipped.map((s) => [s.file, s.reason]),
        [['blob.bin', 'too-large']],
      );
      assert.ok(r.peakMb < reference.peakMb + 80, `peak memory of the CLI ${r.peakMb.toFixed(0)} MB for a 200 MB staged file against ${reference.peakMb.toFixed(0)} MB without it: the diff was buffered`);
    });
  });

  describe('item 8: hook install --force over a chained hook', () => {
    it('never loses a user hook: the earlier chained one is kept as a numbered backup and named', () => {
      const repo = initRepo();
      const hooks = join(repo, '.git', 'hooks');
      mkdirSync(hooks, { recursive: true });
      writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\necho original-hook-A\n', { mode: 0o755 });
      assert.equal(runCli(['hook', 'install'], repo).code, 0);
      // Another tool replaces the pre-commit hook (Hush's chaining is gone with it).
      writeFileSync(join(hooks, 'pre-commit'), '#!/bin/sh\necho other-tool-B\n', { mode: 0o755 });
      const r = runCli(['hook', 'install', '--force'], repo);
      assert.equal(r.code, 0, r.stderr);
      const kept = readdirSync(hooks).map((f) => readFileSync(join(hooks, f), 'utf8'));
      assert.ok(
        kept.some((t) => t.includes('original-hook-A')),
        `hook A was lost: ${readdirSync(hooks).join(', ')}`,
      );
      assert.ok(
        kept.some((t) => t.includes('other-tool-B')),
        'hook B was lost',
      );
      assert.match(r.stdout, /pre-commit\.hush-chained\.1/);
      assert.equal(runCli(['hook', 'uninstall'], repo).code, 0);
      assert.equal(readFileSync(join(hooks, 'pre-commit'), 'utf8'), '#!/bin/sh\necho other-tool-B\n');
      assert.equal(readFileSync(join(hooks, 'pre-commit.hush-chained.1'), 'utf8'), '#!/bin/sh\necho original-hook-A\n');
    });
  });

  describe('item 13: husky uninstall gives back the file byte for byte', () => {
    for (const [name, original, mode] of [
      ['CRLF and blank lines', 'npx lint-staged\r\n\r\n\r\nnpm test\r\n\r\n', 0o644],
      ['no final newline', 'npm test', 0o755],
      ['only a shebang and blank lines', '#!/usr/bin/env sh\n\n\n', 0o600],
    ] as const) {
      it(`${name} (mode ${mode.toString(8)})`, () => {
        const repo = initRepo();
        mkdirSync(join(repo, '.husky', '_'), { recursive: true });
        git(repo, 'config', 'core.hooksPath', '.husky/_');
        const path = join(repo, '.husky', 'pre-commit');
        writeFileSync(path, original);
        chmodSync(path, mode);
        assert.equal(runCli(['hook', 'install'], repo).code, 0);
        assert.ok(readFileSync(path, 'utf8').includes('# >>> hush pre-commit'));
        assert.equal(runCli(['hook', 'install'], repo).code, 0, 'a second install updates in place');
        assert.equal(runCli(['hook', 'uninstall'], repo).code, 0);
        assert.ok(existsSync(path));
        assert.deepEqual(readFileSync(path), Buffer.from(original));
        assert.equal(statSync(path).mode & 0o777, mode);
      });
    }
  });

  describe('items 6 and 18: byte-order marks that lie, and odd-length UTF-16', () => {
    const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

    it('item 6: FF FE followed by ASCII is scanned as the text it is (tree scan and --staged)', () => {
      const repo = initRepo();
      writeFileSync(join(repo, 'fake-bom.env'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`TOKEN=${githubToken()}\n`)]));
      writeFileSync(join(repo, 'fake-bom-be.env'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`TOKEN=${githubToken()}\n`)]));
      const scan = runCli(['scan', '.', '--format', 'json'], repo);
      assert.equal(scan.code, 1, scan.stdout);
      assert.deepEqual((JSON.parse(scan.stdout) as JsonReport).findings.map((f) => f.file).sort(), ['fake-bom-be.env', 'fake-bom.env']);
      git(repo, 'add', '.');
      const staged = runCli(['scan', '--staged', '--format', 'json'], repo);
      assert.equal(staged.code, 1, staged.stdout);
      assert.equal((JSON.parse(staged.stdout) as JsonReport).findings.length, 2);
    });

    it('item 18: an odd-length UTF-16BE file is scanned as far as it decodes, not skipped', () => {
      const root = tempDir();
      write(root, 'odd.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(`token: ${githubToken()}\n`), Buffer.from([0x41])]));
      write(root, 'odd-le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`token: ${githubToken()}\n`, 'utf16le'), Buffer.from([0x41])]));
      const r = runCli(['scan', '.', '--format', 'json'], root);
      const out = JSON.parse(r.stdout) as JsonReport;
      assert.deepEqual(out.stats.skipped, []);
      assert.deepEqual(out.findings.map((f) => f.file).sort(), ['odd-le.txt', 'odd.txt']);
    });
  });

  describe('item 9: paths that are not regular files, named on the command line', () => {
    it('`hush scan -` and `hush scan /dev/stdin` scan standard input', () => {
      const root = tempDir();
      for (const path of ['-', '/dev/stdin']) {
        const r = runCli(['scan', path, '--format', 'json'], root, `const g = "${githubToken()}";\n`);
        assert.equal(r.code, 1, `${path}: ${r.stdout} ${r.stderr}`);
        assert.equal((JSON.parse(r.stdout) as JsonReport).findings.length, 1, path);
      }
    });

    it('a FIFO (what `<(cat a.js)` is) is read to its end and scanned', () => {
      const root = tempDir();
      const pipe = fifo(root, 'in.fifo');
      const writer = spawn('sh', ['-c', `printf 'const g = "%s";\\n' "$1" > "$2"`, 'sh', githubToken(), pipe], { stdio: 'ignore' });
      const r = runCli(['scan', pipe, '--format', 'json'], root, undefined, { timeout: 20_000 });
      writer.kill();
      assert.ok(!r.timedOut);
      assert.equal(r.code, 1, `${r.stdout} ${r.stderr}`);
      assert.equal((JSON.parse(r.stdout) as JsonReport).findings.length, 1);
    });

    it('an endless device is read only up to the size limit, then exit 2 saying why', () => {
      const r = runCli(['scan', '/dev/zero', '--max-file-size', '1'], tempDir(), undefined, { timeout: 20_000 });
      assert.ok(!r.timedOut);
      assert.equal(r.code, 2, r.stdout);
      assert.match(r.stderr, /\/dev\/zero.*more than/);
    });
  });

  describe('item 10: error texts never echo a value', () => {
    /** No `size`-character piece of `value` in `text` (JSON errors quote 10 characters of the text). */
    function assertNoPiece(text: string, value: string, where: string, size = 8): void {
      for (let i = 0; i + size <= value.length; i++) assert.ok(!text.includes(value.slice(i, i + size)), `${where} shows a piece of the value: ${text}`);
    }

    it('an invalid custom pattern holding a token: the config error names the field, not the pattern', () => {
      const root = tempDir();
      const token = githubToken();
      write(root, '.hush.json', JSON.stringify({ rules: [{ id: 'pasted', pattern: `(?<secret>${token}[` }] }));
      const r = runCli(['scan', '.'], root);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /rules\[0\]\.pattern: is not a valid regular expression/);
      assertNoPiece(r.stderr + r.stdout, token, 'stderr');
    });

    it('a baseline that is not JSON because a token was pasted into it', () => {
      const root = tempDir();
      const token = githubToken();
      write(root, 'baseline.json', `{"version": 1, "findings": [${token}]}`);
      write(root, 'a.txt', 'clean\n');
      const r = runCli(['scan', '.', '--baseline', 'baseline.json'], root);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /not valid JSON/);
      assertNoPiece(r.stderr + r.stdout, token, 'stderr');
    });
  });

  describe('item 14: the output cannot be written', () => {
    it('a full disk (> /dev/full) on a clean tree: one line saying so, exit 2, no stack trace', () => {
      const root = tempDir();
      write(root, 'a.txt', 'clean\n');
      const full = openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [CLI, 'scan', '.'], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 30_000 });
        assert.equal(r.status, 2, r.stderr);
        assert.match(r.stderr, /cannot write the output \(ENOSPC\)/);
        assert.doesNotMatch(r.stderr, /\n\s+at /, 'a stack trace');
      } finally {
        closeSync(full);
      }
    });

    it('the reader goes away (`hush scan | head -1`): exit 2, no stack trace', async () => {
      const root = tempDir();
      write(root, 'many.js', Array.from({ length: 2000 }, () => `const g = "${githubToken()}";`).join('\n') + '\n');
      const child = spawn(process.execPath, [CLI, 'scan', '.', '--format', 'json'], { cwd: root });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      const deadline = setTimeout(() => child.kill('SIGKILL'), 60_000);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      clearTimeout(deadline);
      assert.equal(code, 2, stderr);
      assert.doesNotMatch(stderr, /\n\s+at /, 'a stack trace');
    });
  });

  describe('item 15: file names with control characters and URI syntax', () => {
    it('text output escapes control characters; SARIF URIs stay relative paths, each segment encoded', () => {
      const root = tempDir();
      const evil = 'evil\u001b[31mred\u0007\rname.js';
      write(root, evil, `const g = "${githubToken()}";\n`);
      write(root, 'http:evil.js', `const g = "${githubToken()}";\n`);
      write(root, 'a#frag?q.js', `const g = "${githubToken()}";\n`);
      const text = runCli(['scan', '.'], root);
      assert.equal(text.code, 1);
      assert.doesNotMatch(text.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'a control character reached the terminal');
      assert.ok(text.stdout.includes('evil\\u001b[31mred\\u0007\\u000dname.js'), text.stdout);
      const sarif = JSON.parse(runCli(['scan', '.', '--format', 'sarif'], root).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort();
      for (const uri of uris) {
        const parsed = new URL(uri, 'file:///repo/');
        assert.equal(parsed.protocol, 'file:', `${uri} is an absolute URI`);
        assert.equal(parsed.hash, '', `${uri} has a fragment`);
        assert.equal(parsed.search, '', `${uri} has a query`);
        assert.ok(parsed.pathname.startsWith('/repo/'), uri);
      }
      assert.deepEqual(uris.map((u) => decodeURIComponent(u)).sort(), ['a#frag?q.js', evil, 'http:evil.js'].sort());
    });
  });

  describe('item 16: report paths', () => {
    it('are relative to the working directory, not to the folder of the config that applies', () => {
      const repo = initRepo();
      write(repo, '.hush.json', JSON.stringify({ exclude: ['sub/skipped/'] }));
      write(repo, 'sub/a.js', `const g = "${githubToken()}";\n`);
      write(repo, 'sub/skipped/b.js', `const g = "${githubToken()}";\n`);
      const inSub = runCli(['scan', '.', '--format', 'json'], join(repo, 'sub'));
      assert.deepEqual(
        (JSON.parse(inSub.stdout) as JsonReport).findings.map((f) => f.file),
        ['a.js'],
        'the config above still applies its excludes',
      );
      const fromTop = runCli(['scan', 'sub', '--format', 'json'], repo);
      assert.deepEqual(
        (JSON.parse(fromTop.stdout) as JsonReport).findings.map((f) => f.file),
        ['sub/a.js'],
      );
    });
  });

  describe('item 19: --history in a bare repository and in a shallow clone', () => {
    function repoWithOldSecret(): string {
      const repo = initRepo();
      write(repo, 'app.js', `const g = "${githubToken()}";\n`);
      git(repo, 'add', '.');
      git(repo, 'commit', '-q', '-m', 'old secret');
      for (const n of [1, 2]) {
        write(repo, `later${n}.txt`, `${n}\n`);
        git(repo, 'add', '.');
        git(repo, 'commit', '-q', '-m', `later ${n}`);
      }
      return repo;
    }

    it('a bare repository is scanned (a server-side mirror)', () => {
      const repo = repoWithOldSecret();
      const bare = join(tempDir(), 'mirror.git');
      git(repo, 'clone', '-q', '--bare', repo, bare);
      const r = runCli(['scan', '--history', '--format', 'json'], bare);
      assert.equal(r.code, 1, r.stderr);
      const out = JSON.parse(r.stdout) as { findings: { file: string; commit: { subject: string } }[] };
      assert.deepEqual(
        out.findings.map((f) => [f.file, f.commit.subject]),
        [['app.js', 'old secret']],
      );
    });

    it('a shallow clone says its history is cut, and which findings sit on the cut', () => {
      const repo = repoWithOldSecret();
      const shallow = join(tempDir(), 'shallow');
      git(repo, 'clone', '-q', '--depth', '1', `file://${repo}`, shallow);
      const json = runCli(['scan', '--history', '--format', 'json'], shallow);
      assert.equal(json.code, 1, json.stderr);
      const out = JSON.parse(json.stdout) as { findings: { commit: { subject: string; shallowBoundary?: boolean } }[]; stats: { shallow?: boolean } };
      assert.equal(out.stats.shallow, true);
      assert.deepEqual(
        out.findings.map((f) => [f.commit.subject, f.commit.shallowBoundary]),
        [['later 2', true]],
      );
      const text = runCli(['scan', '--history'], shallow);
      assert.match(text.stdout, /shallow clone/);
      assert.match(text.stdout, /git fetch --unshallow/);
    });
  });

  describe('every trap at once', () => {
    it('hush scan finishes, reports every planted secret, lists every unreadable thing, and names the stopped rule (exit 2)', () => {
      const root = tempDir();
      const tree = layAll(root);
      for (const threads of ['1', '2']) {
        const r = runCli(['scan', '.', '--format', 'json', '--threads', threads], root, undefined, { timeout: 60_000 });
        assert.ok(!r.timedOut, `hush scan hung (threads ${threads})`);
        assert.equal(r.code, 2, r.stderr);
        const out = JSON.parse(r.stdout) as JsonReport;
        assert.deepEqual([...new Set(out.findings.map((f) => f.file))].sort(), [...tree.secrets].sort(), `threads ${threads}`);
        const unreadable = out.stats.skipped.filter((s) => s.reason === 'unreadable').map((s) => s.file);
        for (const u of tree.unreadable)
          assert.ok(
            unreadable.some((x) => x === u || x.startsWith(`${u}/`)),
            `${JSON.stringify(u).slice(0, 60)} not listed (threads ${threads}): ${JSON.stringify(unreadable).slice(0, 200)}`,
          );
        assert.deepEqual(
          out.stats.ruleTimeouts?.map((t) => t.ruleId),
          ['slow-ab'],
        );
      }
      const text = runCli(['scan', '.'], root, undefined, { timeout: 60_000 });
      assert.doesNotMatch(text.stdout, /[\u0000-\u0008\u000b-\u001f\u007f]/, 'a control character reached the terminal');
    });

    it('a nested .hush.json that is a FIFO stops the scan with exit 2 naming it, at once', () => {
      const root = tempDir();
      write(root, 'a.js', 'clean\n');
      fifo(root, 'pkg/.hush.json');
      const r = runCli(['scan', '.'], root, undefined, { timeout: 20_000 });
      assert.ok(!r.timedOut, 'hush scan hung');
      assert.equal(r.code, 2);
      assert.match(r.stderr, /pkg\/\.hush\.json is a named pipe/);
    });
  });
});
