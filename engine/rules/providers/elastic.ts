// Elasticsearch API keys as sent in `Authorization: ApiKey …`: base64 of `<id>:<api key>`.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { decodeBase64Text } from '../credentialFiles';

export const elasticRules: Rule[] = [
  contextRule({
    id: 'elasticsearch-api-key',
    provider: 'Elastic',
    family: 'database',
    description: 'Elasticsearch API key (encoded)',
    names: ['elastic(?:search)?[_-]?api[_-]?key', 'es[_-]api[_-]key'],
    keywords: ['elastic', 'es_api', 'es-api', 'esapi'],
    value: '[A-Za-z0-9+/]{54,100}={0,2}',
    end: 'A-Za-z0-9_+/=-',
    validate: (s) => {
      const t = decodeBase64Text(s);
      return t !== undefined && /^[A-Za-z0-9_-]{16,40}:[A-Za-z0-9_-]{16,80}$/.test(t);
    },
    envName: 'ELASTIC_API_KEY',
    docsUrl: 'https://www.elastic.co/docs/deploy-manage/api-keys/elasticsearch-api-keys',
    revocationUrl: null,
    revocationNote: 'Invalidate the key (Kibana → Stack Management → API keys, or DELETE /_security/api_key) and create a new one.',
    sample: (g) => btoa(`${g.base64url(20)}:${g.base64url(22)}`),
    negatives: (g) => [`ELASTIC_API_KEY="${btoa(g.alnum(43))}"` /* no id:key pair inside */, `ELASTIC_API_KEY="${g.alnum(60)}"` /* not base64 of id:key */],
  }),
];
