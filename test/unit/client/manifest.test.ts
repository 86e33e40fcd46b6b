// The extension manifest follows the Marketplace conventions `vsce package` checks or warns about: no `*`
// activation, an icon, a changelog, a repository, a getting-started walkthrough whose media and command
// links exist, and every one of those files shipped (.vscodeignore). `npm run package` itself runs in
// test:e2e (scripts/e2e/run.sh), where a vsce error fails the run.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../support/paths';

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  icon: string;
  activationEvents: string[];
  repository?: { url: string };
  scripts: Record<string, string>;
  contributes: { commands: Array<{ command: string }>; walkthroughs: Array<{ id: string; title: string; steps: Step[] }> };
};
const commands = new Set(manifest.contributes.commands.map((c) => c.command));
const shipped = readFileSync(join(ROOT, '.vscodeignore'), 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('!'))
  .map((l) => l.slice(1));
const isShipped = (path: string) => shipped.some((p) => p === path || (p.endsWith('/**') && path.startsWith(p.slice(0, -2))));

describe('extension manifest: Marketplace conventions', () => {
  it('activates after start-up, not on `*`', () => {
    assert.ok(!manifest.activationEvents.includes('*'));
    assert.ok(manifest.activationEvents.includes('onStartupFinished'));
    assert.ok(!/--allow-star-activation|--allow-missing-repository/.test(manifest.scripts.package ?? ''), 'packaging does not silence the checks');
    assert.match(manifest.repository?.url ?? '', /^https:\/\//);
  });

  it('has a 128×128 PNG icon, shipped', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(isShipped(manifest.icon));
  });

  it('has a CHANGELOG with this version, shipped', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
    assert.ok(isShipped('CHANGELOG.md'));
  });

  it('has a getting-started walkthrough whose media exist and ship, and whose command links are contributed', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough && walkthrough.steps.length >= 3);
    for (const step of walkthrough.steps) {
      const media = step.media.markdown ?? step.media.image;
      assert.ok(media && existsSync(join(ROOT, media)), `${step.id}: media ${media}`);
      assert.ok(isShipped(media), `${media} is in the .vsix`);
      for (const [, command] of step.description.matchAll(/\(command:([\w.]+)\)/g)) assert.ok(commands.has(command!), `${step.id} links to ${command}`);
      for (const event of step.completionEvents ?? []) {
        const command = /^onCommand:(.+)$/.exec(event)?.[1];
        if (command) assert.ok(commands.has(command), `${step.id} completes on ${command}`);
      }
    }
  });
});
