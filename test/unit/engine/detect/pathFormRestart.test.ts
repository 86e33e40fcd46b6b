// A provider's key-path match may begin at a heading that names the provider (`# Twitch bot`) and reach a key a few
// lines down; a key on a line it spans starts a match of its own and must still be found (engine/detect/scan.ts,
// acceptHit: the search goes on from the next line, not from the end of the heading's match).
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';

const scanner = createScanner();
const g = createExampleGen(41);
const twitchValue = () => g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30);

function rulesOf(text: string, path: string, value: string): string[] {
  const start = text.indexOf(value);
  return scanner
    .scan(text, { path })
    .filter((f) => f.start <= start && start < f.end)
    .map((f) => f.ruleId);
}

describe('a key-path match from a heading does not hide the keys on the lines it spans', () => {
  it('finds both keys below a heading that names the provider', () => {
    const oauth = twitchValue();
    const secret = twitchValue();
    const text = `# Twitch chatbot (tmi.js) + replies\nTWITCH_USERNAME=lea_botti\nTWITCH_OAUTH=oauth:${oauth}\nTWITCH_CLIENT_SECRET=${secret}\n`;
    assert.deepEqual(rulesOf(text, 'twitch-bot/.env', oauth), ['twitch-api-token']);
    assert.deepEqual(rulesOf(text, 'twitch-bot/.env', secret), ['twitch-api-token']);
  });

  it('reports the key the heading reaches once, not once per line the search goes on from', () => {
    const oauth = twitchValue();
    const secret = twitchValue();
    const text = `# Twitch\nTWITCH_OAUTH=oauth:${oauth}\nTWITCH_CLIENT_SECRET=${secret}\n`;
    const findings = scanner.scan(text, { path: 'bot/.env' });
    assert.equal(findings.filter((f) => text.slice(f.start, f.end).includes(secret)).length, 1);
    assert.equal(findings.filter((f) => text.slice(f.start, f.end).includes(oauth)).length, 1);
  });

  it('leaves a client ID under the same heading quiet', () => {
    const id = twitchValue();
    const secret = twitchValue();
    const text = `# Twitch app\nTWITCH_CLIENT_ID=${id}\nTWITCH_CLIENT_SECRET=${secret}\n`;
    assert.deepEqual(rulesOf(text, 'bot/.env', id), []);
    assert.deepEqual(rulesOf(text, 'bot/.env', secret), ['twitch-api-token']);
  });
});
