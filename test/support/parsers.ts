// Checks that an edited file still parses, with whichever toolchain this machine has. Returns undefined
// when the tool is missing (the caller then skips), else the tool's error output ('' on success).
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { tempDir } from './tempTree';

function has(tool: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
}

function run(cmd: string, args: string[], cwd?: string, input?: string): string {
  const r = spawnSync(cmd, args, { cwd, input, encoding: 'utf8', timeout: 30_000 });
  return r.status === 0 ? '' : `${cmd} failed: ${r.stderr || r.stdout}`;
}

export type ParseCheck = 'js' | 'ts-as-js' | 'python' | 'shell' | 'yaml' | 'java' | 'rust' | 'terraform' | 'json';

/** '' when the text parses, an error message when not, undefined when no tool can check it here. */
export function parseError(kind: ParseCheck, text: string, fileName?: string): string | undefined {
  const dir = tempDir('hush-parse-');
  switch (kind) {
    case 'js': {
      const f = join(dir, fileName ?? 'a.js');
      writeFileSync(f, text);
      return run(process.execPath, ['--check', f]);
    }
    case 'python': {
      if (!has('python3')) return undefined;
      const f = join(dir, fileName ?? 'a.py');
      writeFileSync(f, text);
      return run('python3', ['-m', 'py_compile', f]);
    }
    case 'shell': {
      const f = join(dir, 'a.sh');
      writeFileSync(f, text);
      return run('bash', ['-n', f]);
    }
    case 'yaml': {
      const docs = parseAllDocuments(text);
      const errors = (Array.isArray(docs) ? docs : [docs]).flatMap((d) => d.errors.map((e) => e.message));
      return errors.join('\n');
    }
    case 'json':
      try {
        JSON.parse(text);
        return '';
      } catch (e) {
        return (e as Error).message;
      }
    case 'java': {
      if (!has('javac')) return undefined;
      const f = join(dir, fileName ?? 'App.java');
      writeFileSync(f, text);
      return run('javac', ['-d', dir, f], dir);
    }
    case 'rust': {
      if (!has('rustc')) return undefined;
      const f = join(dir, 'main.rs');
      writeFileSync(f, text);
      return run('rustc', ['--edition', '2021', '--emit=metadata', '-o', join(dir, 'out.rmeta'), f], dir);
    }
    case 'terraform': {
      if (!has('terraform')) return undefined;
      return run('terraform', ['fmt', '-'], dir, text);
    }
    default:
      return undefined;
  }
}
