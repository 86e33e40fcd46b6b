// Apollo GraphOS (Studio): graph and personal API keys (`service:<graph>:…`, `user:gh.<id>:…`).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const apolloGraphosRules: Rule[] = [
  contextRule({
    id: 'apollo-graphql-api-key',
    provider: 'Apollo GraphOS',
    family: 'infrastructure',
    description: 'Apollo GraphOS (Studio) API key',
    names: ['apollo[_-]?(?:graph[_-]?)?key', 'apollo[_-]?(?:studio|graphos)[a-z_-]{0,12}key'],
    keywords: ['apollo'],
    value: '(?:service:[A-Za-z0-9_-]{1,64}|user:(?:gh|fp)\\.[A-Za-z0-9_-]{1,64}):[A-Za-z0-9_-]{22}',
    envName: 'APOLLO_KEY',
    docsUrl: 'https://www.apollographql.com/docs/graphos/platform/access-management/api-keys',
    revocationUrl: 'https://studio.apollographql.com/',
    revocationNote: 'Delete the graph or personal API key in GraphOS Studio (graph → Settings → API keys, or User settings → API keys).',
    sample: (g) => `service:shop-graph-${g.lower(4)}:${g.base64url(22)}`,
  }),
];
