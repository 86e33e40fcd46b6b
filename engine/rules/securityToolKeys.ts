// Keys of security tooling in the forms its own documentation shows (rw-dev25): `shodan init <key>` (the CLI stores
// the key in ~/.shodan/api_key), and the `encoded` field of Elasticsearch's create-API-key answer (base64 of
// `id:api_key`, the value an `Authorization: ApiKey …` header carries).
import { decodeSegment } from '../validators/base64Segment';
import { isLiteralToken } from '../validators/literalArgument';
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
  {
    // Cortex (TheHive's analysis engine) keeps each analyzer's or responder's settings in a `configuration` object whose
    // API key is a bare `key` (VirusTotal, Shodan, OTX, GreyNoise…): a name too common to read anywhere else.
    id: 'cortex-analyzer-configuration-key',
    provider: 'Cortex',
    family: 'saas',
    priority: 'context',
    description: 'API key in a Cortex analyzer or responder `configuration` object (`"configuration": {"key": "…"}`)',
    keywords: ['"configuration"'],
    keywordWindow: { before: 0, after: 600 },
    pattern: /"configuration"[ \t]*:[ \t]*\{[^{}]{0,400}?"key"[ \t]*:[ \t]*"(?<secret>[^"\s]{16,200})"/,
    validate: (value: string) => isLiteralToken(value, 20),
    skipPlaceholderCheck: false,
    severity: 'error',
    envName: 'CORTEX_ANALYZER_KEY',
    docsUrl: 'https://docs.strangebee.com/cortex/user-guides/first-start/',
    revocationUrl: null,
    revocationNote: "Revoke the key at the analyzer's provider (VirusTotal, Shodan, OTX…), and strip `configuration` values from Cortex exports before sharing them.",
    examples: {
      positives: (g) => [
        `{"name": "GreyNoise_3_2", "configuration": {"api_type": "community", "key": "${g.s(g.alnum(30))}"}}\n`,
        `[\n  {"name": "VirusTotal_GetReport_3_1", "configuration": {"key": "${g.s(g.hex(64))}", "polling_interval": 60}},\n  {"name": "Shodan_Host_1_0", "configuration": {"key": "${g.s(g.alnum(32))}"}}\n]\n`,
      ],
      negatives: () => [
        '{"name": "HIBP_Query_2_0", "configuration": {"key": "<your key>", "unverified": true}}\n',
        '"contributes": {"configuration": {"title": "Hush"}, "keybindings": [{"command": "hush.scan", "key": "ctrl+shift+alt+h"}]}\n',
      ],
    },
  },
];
