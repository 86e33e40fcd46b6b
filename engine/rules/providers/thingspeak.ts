// ThingSpeak: a channel's write and read API keys (16 upper-case letters and digits). Lab scripts and firmware keep
// them as `writeKey` / `readKey` beside the channel id; a read key opens a private channel's data, so both are
// secrets. A bare `readKey` counts only where ThingSpeak or its channel id is named near it.
import type { MatchContext, Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const PROVIDER_KEY = /^thing[_.-]?speak/i;
const THINGSPEAK_NEAR = /thing[_.-]?speak|channel[_.-]?id/i;

function thingspeakKey(secret: string, ctx: MatchContext): boolean {
  // Random keys mix letters and digits; an upper-case word or a number is not one.
  if (!/[A-Z]/.test(secret) || !/[0-9]/.test(secret)) return false;
  if (PROVIDER_KEY.test(ctx.keyName ?? '')) return true;
  return THINGSPEAK_NEAR.test(ctx.text.slice(Math.max(0, ctx.start - 500), Math.min(ctx.text.length, ctx.end + 500)));
}

export const thingspeakRules: Rule[] = [
  contextRule({
    id: 'thingspeak-api-key',
    provider: 'ThingSpeak',
    family: 'infrastructure',
    description: 'ThingSpeak channel write or read API key',
    names: ['thing[_-]?speak[_-]?(?:write|read)?[_-]?(?:api[_-]?)?key', '(?:write|read)[_-]?(?:api[_-]?)?key'],
    keywords: ['thingspeak', 'thing_speak', 'writekey', 'readkey', 'write_key', 'read_key', 'write_api_key', 'read_api_key', 'writeapikey', 'readapikey'],
    value: '[A-Z0-9]{16}',
    envName: 'THINGSPEAK_WRITE_KEY',
    docsUrl: 'https://www.mathworks.com/help/thingspeak/channel-control.html',
    revocationUrl: 'https://thingspeak.mathworks.com/channels',
    revocationNote: 'Generate a new write or read API key on the channel’s API Keys tab; devices and scripts using the old key stop working.',
    validate: thingspeakKey,
    sample: (g) => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8)}${g.digits(2)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 6)}`,
    positives: (g) => [
      `% send readings to ThingSpeak\nchannelID = ${g.digits(7)};\nreadKey  = '${g.s(`${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 7)}${g.digits(3)}${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 6)}`)}';`,
    ],
    negatives: (g) => [
      // A cache's or a map's read key elsewhere: no ThingSpeak near.
      `const readKey = "${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 8)}${g.digits(8)}";`,
      `channelID = ${g.digits(7)};\nreadKey = 'ABCDEFGHIJKLMNOP';`,
    ],
  }),
];
