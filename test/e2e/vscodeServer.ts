// Starts VS Code's server on 127.0.0.1 (never another address) with a throwaway profile, and stops it
// with everything it started.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { codeServerEntry, node24, outputDir, vscodeServerMain } from './paths';
import { runToExit, startGroup, type ProcessGroup } from './processes';
import { WaitAborted, waitFor } from './waitFor';

export const HOST = '127.0.0.1';

/** A fresh profile: user data, server data and extensions folders under one temp dir. */
export interface Profile {
  root: string;
  userDataDir: string;
  serverDataDir: string;
  extensionsDir: string;
}

export function createProfile(): Profile {
  const root = mkdtempSync(join(tmpdir(), 'hush-e2e-profile-'));
  const profile = { root, userDataDir: join(root, 'user'), serverDataDir: join(root, 'server'), extensionsDir: join(root, 'extensions') };
  for (const dir of [profile.userDataDir, profile.serverDataDir, profile.extensionsDir]) mkdirSync(dir, { recursive: true });
  return profile;
}

/** Node 24 first on PATH: code-server and VS Code's helpers find `node` there. */
function serverEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, PATH: `${dirname(node24)}:${process.env.PATH ?? ''}`, ...extra };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function httpStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.end();
  });
}

export async function installExtension(profile: Profile, vsix: string): Promise<void> {
  const logFile = join(outputDir, 'logs', 'install-extension.log');
  const code = await runToExit(node24, [codeServerEntry, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--install-extension', vsix], {
    env: serverEnv(),
    logFile,
    timeoutMs: 120_000,
  });
  if (code !== 0) throw new Error(`installing ${vsix} failed (exit ${code}); see ${logFile}`);
}

export interface RunningServer {
  readonly port: number;
  readonly origin: string;
  /** vscode-remote URI of a path on this machine, as the workbench served here names it. */
  remoteUri(path: string): string;
  stop(): Promise<void>;
}

export interface ServeOptions {
  profile: Profile;
  /** Log file name under test-output/e2e/logs. */
  logName: string;
  /** `code-server`: the product as a user runs it. `vscode-server`: the plain VS Code server with the
   * smoke-test driver, which loads an extension under development and runs its tests. */
  kind: 'code-server' | 'vscode-server';
  env?: NodeJS.ProcessEnv;
}

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { profile } = options;
  const port = await freePort();
  const common = ['--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--disable-telemetry'];
  const args =
    options.kind === 'code-server'
      ? [codeServerEntry, '--auth', 'none', '--bind-addr', `${HOST}:${port}`, ...common, '--disable-update-check', '--disable-workspace-trust']
      : [
          vscodeServerMain,
          '--host',
          HOST,
          '--port',
          String(port),
          '--without-connection-token',
          '--accept-server-license-terms',
          '--server-data-dir',
          profile.serverDataDir,
          ...common,
          '--enable-smoke-test-driver',
          '--disable-workspace-trust',
        ];
  const logFile = join(outputDir, 'logs', `${options.logName}.log`);
  const group: ProcessGroup = startGroup(node24, args, { env: serverEnv(options.env), logFile, cwd: profile.root });
  const origin = `http://${HOST}:${port}`;
  let exitedWith: number | NodeJS.Signals | undefined;
  void group.exited.then((code) => (exitedWith = code));
  try {
    await waitFor(
      async () => {
        if (exitedWith !== undefined) throw new WaitAborted(`the VS Code server exited (${exitedWith}); see ${logFile}`);
        return (await httpStatus(`${origin}/`)) < 500;
      },
      { timeoutMs: 60_000, what: `the VS Code server on ${origin}` },
    );
  } catch (error) {
    await group.stop();
    throw error;
  }
  return { port, origin, remoteUri: (path) => `vscode-remote://${HOST}:${port}${path}`, stop: () => group.stop() };
}
