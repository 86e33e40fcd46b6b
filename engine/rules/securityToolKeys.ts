// Keys of security tooling in the forms its own documentation shows (rw-dev25): `shodan init <key>` (the CLI stores
// the key in ~/.shodan/api_key), and the `encoded` field of Elasticsearch's create-API-key answer (base64 of
// `id:api_key`, the value an `Authorization: ApiKey …` header carries).
import { decodeSegment } from '../validators/base64Segment';
import { positionalRule } from './cliRuleBuilder';
import type { Rule } from '../types';

export const securityToolKeyRules: Rule[] = [
  positionalRule({
    id: 'cli-shodan-init-key',
    provider: 'Shodan',
    family: 'saas',
    description: 'Shodan API key given to `shodan init`',
    envName: 'SHODAN_API_KEY',
    docsUrl: 'https://cli.shodan.io/',
    keywords: ['shodan'],
    lead: `shodan[ \\t]{1,4}init[ \\t]{1,4}`,
    kind: 'token',
    positives: (g) => [`shodan init ${g.s(g.alnum(32))}`, `$ shodan init ${g.s(g.alnum(32))}\nSuccessfully initialized\n`],
    negatives: () => ['shodan init $SHODAN_API_KEY', 'shodan init <api key>', 'shodan host 8.8.8.8'],
  }),
  {
    id: 'elastic-encoded-api-key',
    provider: 'Elastic',
    family: 'observability',
    priority: 'context',
    description: "Elasticsearch API key in the create-API-key answer's `encoded` field (base64 of id:api_key)",
    keywords: ['"encoded"'],
    keywordWindow: { before: 0, after: 200 },
    pattern: /"encoded"[ \t]*:[ \t]*"(?<secret>[A-Za-z0-9+/]{40,200}={0,2})"/,
    // The encoded form decodes to the key's id and secret, both url-safe base64 (20 and 22 characters today).
    validate: (value: string) => /^[\w-]{16,40}:[\w-]{16,64}$/.test(decodeSegment(value) ?? ''),
    skipPlaceholderCheck: true,
    severity: 'error',
    envName: 'ELASTIC_API_KEY',
    docsUrl: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html',
    revocationUrl: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-invalidate-api-key.html',
    examples: {
      positives: (g) => [
        `{\n  "id" : "${g.base64url(20)}",\n  "name" : "ingest",\n  "api_key" : "${g.base64url(22)}",\n  "encoded" : "${g.s(Buffer.from(`${g.base64url(20)}:${g.base64url(22)}`).toString('base64'))}"\n}`,
        `{"id":"${g.base64url(20)}","name":"velo","encoded":"${g.s(Buffer.from(`${g.base64url(20)}:${g.base64url(22)}`).toString('base64'))}"}`,
      ],
      negatives: (g) => [`{"encoded": "${Buffer.from(`hello world, this is ${g.lower(20)}`).toString('base64')}"}`, `{"encoded": "${g.hex(48)}"}`],
    },
  },
];
