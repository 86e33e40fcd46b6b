// Stream (getstream.io): stream (getstream.io) API secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const streamRules: Rule[] = [
  contextRule({
    id: 'stream-api-secret',
    provider: 'Stream (getstream.io)',
    family: 'messaging',
    description: 'Stream (getstream.io) API secret',
    names: ['getstream', 'stream[_.-]?api[_.-]?secret', 'stream[_.-]?secret'],
    keywords: [
      'getstream',
      'streamapisecret',
      'streamapi_secret',
      'streamapi-secret',
      'streamapi.secret',
      'stream_apisecret',
      'stream_api_secret',
      'stream_api-secret',
      'stream_api.secret',
      'stream-apisecret',
      'stream-api_secret',
      'stream-api-secret',
      'stream-api.secret',
      'stream.apisecret',
      'stream.api_secret',
      'stream.api-secret',
      'stream.api.secret',
      'streamsecret',
      'stream_secret',
      'stream-secret',
      'stream.secret',
    ],
    value: '[a-z0-9]{64}',
    envName: 'STREAM_API_SECRET',
    docsUrl: 'https://getstream.io/chat/docs/node/tokens_and_authentication/',
    revocationUrl: null,
    revocationNote: "Rotate the app's secret in the Stream dashboard (App → Overview → Regenerate secret).",
    sample: (g) => g.chars(LOWER_ALNUM, 64),
  }),
];
