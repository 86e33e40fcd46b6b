// Place kinds, rotation order, purge commands and remote URLs without credentials (pure parts of
// `hush where` and the incident report).
import * as assert from 'node:assert/strict';
import { placeKindOf, rotationOrder, type Place } from '../../../engine/places';
import { withoutCredentials } from '../../../git/incidentFacts';
import { isLocalConfig } from '../../../workspace/findPlaces';
import { purgeCommands } from '../../../git/purgeCommands';

describe('places a secret is used', () => {
  it('names the kind of a file', () => {
    const cases: [string, string][] = [
      ['.github/workflows/deploy.yml', 'ci'],
      ['.gitlab-ci.yml', 'ci'],
      ['ci/Jenkinsfile', 'ci'],
      ['.circleci/config.yml', 'ci'],
      ['azure-pipelines.yml', 'ci'],
      ['Dockerfile', 'container'],
      ['docker/api.Dockerfile', 'container'],
      ['docker-compose.prod.yml', 'container'],
      ['k8s/secret.yaml', 'deploy'],
      ['infra/main.tf', 'deploy'],
      ['charts/api/values.yaml', 'deploy'],
      ['Procfile', 'deploy'],
      ['.env', 'env'],
      ['config/.env.production', 'env'],
      ['package.json', 'package'],
      ['.npmrc', 'package'],
      ['config/settings.yml', 'config'],
      ['src/pay.ts', 'source'],
    ];
    for (const [path, kind] of cases) assert.equal(placeKindOf(path), kind, path);
  });

  it('searches the gitignored files that hold local configuration, not build output', () => {
    for (const p of ['.env', 'config/.env.local', 'prod.tfvars', 'Dockerfile', '.npmrc', 'config/secrets.yml', 'settings.local.json']) assert.ok(isLocalConfig(p), p);
    for (const p of ['dist/cli.js', 'out/test/a.js', 'coverage/lcov.json', 'build/app.css']) assert.ok(!isLocalConfig(p), p);
  });

  it('orders places for rotation: CI, deploy, containers, env, packages, config, source, then history oldest first', () => {
    const p = (kind: Place['kind'], file: string, root = '.', date?: string): Place => ({
      kind,
      root,
      file,
      line: 1,
      column: 1,
      masked: 'x…',
      ...(date ? { commit: { sha: 'a', date, author: 'a', subject: 's' } } : {}),
    });
    const ordered = rotationOrder([
      p('history', 'b', '.', '2026-02-01'),
      p('source', 'z.ts'),
      p('history', 'a', '.', '2026-01-01'),
      p('ci', 'ci.yml', '../other'),
      p('ci', 'ci.yml'),
      p('env', '.env'),
      p('container', 'Dockerfile'),
    ]);
    assert.deepEqual(
      ordered.map((x) => `${x.kind}:${x.root}/${x.file}`),
      ['ci:./ci.yml', 'ci:../other/ci.yml', 'container:./Dockerfile', 'env:./.env', 'source:./z.ts', 'history:./a', 'history:./b'],
    );
  });

  it('purge commands name the committed paths and never carry a credential or the value', () => {
    const c = purgeCommands({ paths: ['src/pay.js', 'config/it has spaces.yml', 'src/pay.js'], envName: 'STRIPE_SECRET_KEY', remoteUrl: 'https://***@git.example.invalid/a/b.git' });
    assert.equal(c.filterRepo[0], 'git clone https://git.example.invalid/a/b.git hush-purge && cd hush-purge');
    assert.match(c.filterRepo.join('\n'), /--invert-paths --path 'config\/it has spaces\.yml' --path src\/pay\.js/);
    assert.match(c.bfg.join('\n'), /--delete-files 'it has spaces\.yml' --delete-files pay\.js/);
    assert.equal(c.replacementsLine, '<the secret value>==>REMOVED-STRIPE_SECRET_KEY');
    assert.equal(purgeCommands({ paths: [], envName: 'X' }).filterRepo[0], 'git clone <remote-url> hush-purge && cd hush-purge');
  });

  it('remote URLs lose their credentials', () => {
    assert.equal(withoutCredentials('https://user:token@github.com/a/b.git'), 'https://***@github.com/a/b.git');
    assert.equal(withoutCredentials('https://github.com/a/b.git'), 'https://github.com/a/b.git');
    assert.equal(withoutCredentials('git@github.com:a/b.git'), 'git@github.com:a/b.git');
    assert.equal(withoutCredentials('ssh://git@host:22/a.git'), 'ssh://***@host:22/a.git');
  });
});
