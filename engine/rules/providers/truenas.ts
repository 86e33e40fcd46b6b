// TrueNAS API keys (`<id>-` + 64 letters and digits): under a key named for TrueNAS, or as the argument of the
// middleware's `auth.login_with_api_key` call (a WebSocket JSON-RPC frame, `midclt call`, the Python client).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const truenasRules: Rule[] = [
  contextRule({
    id: 'truenas-api-key',
    provider: 'TrueNAS',
    family: 'infrastructure',
    description: 'TrueNAS API key',
    names: ['truenas'],
    keywords: ['truenas'],
    value: '[0-9]{1,4}-[A-Za-z0-9]{64}',
    envName: 'TRUENAS_API_KEY',
    docsUrl: 'https://www.truenas.com/docs/scale/scaletutorials/toptoolbar/managingapikeys/',
    revocationUrl: null,
    revocationNote: 'Revoke the key in TrueNAS (user menu → API Keys) and create a new one.',
    sample: (g) => `${g.digits(1)}-${g.alnum(64)}`,
  }),
  {
    id: 'truenas-api-key-login',
    provider: 'TrueNAS',
    family: 'infrastructure',
    priority: 'context',
    severity: 'error',
    description: 'TrueNAS API key given to the middleware’s auth.login_with_api_key call',
    keywords: ['login_with_api_key'],
    keywordWindow: { before: 0, after: 160 },
    pattern: /(?<![A-Za-z0-9-])(?<secret>[0-9]{1,4}-[A-Za-z0-9]{64})(?![A-Za-z0-9-])/,
    minEntropy: 3.5,
    envName: 'TRUENAS_API_KEY',
    docsUrl: 'https://www.truenas.com/docs/api/scale_websocket_api.html',
    revocationUrl: null,
    revocationNote: 'Revoke the key in TrueNAS (user menu → API Keys) and create a new one.',
    examples: {
      positives: (g) => [
        `{"id": "${g.uuid()}", "msg": "method", "method": "auth.login_with_api_key", "params": ["${g.s(`${g.digits(1)}-${g.alnum(64)}`)}"]}`,
        `midclt call auth.login_with_api_key '${g.s(`1${g.digits(1)}-${g.alnum(64)}`)}'`,
        `with Client(uri) as c:\n    c.call("auth.login_with_api_key", "${g.s(`${g.digits(1)}-${g.alnum(64)}`)}")`,
      ],
      negatives: (g) => [
        `c.call("auth.login_with_api_key", os.environ["TRUENAS_API_KEY"])`,
        `{"method": "auth.login_with_api_key", "params": ["1-${'x'.repeat(64)}"]}`,
        `{"method": "auth.login_with_api_key", "params": ["${g.alnum(8)}"], "id": "${g.digits(1)}-${g.hex(64)}-not-a-key"}`,
      ],
    },
  },
];
