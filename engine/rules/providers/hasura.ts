// Hasura GraphQL admin secrets: free-form strings under HASURA_GRAPHQL_ADMIN_SECRET or the x-hasura-admin-secret header.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const hasuraRules: Rule[] = [
  contextRule({
    id: 'hasura-admin-secret',
    provider: 'Hasura',
    family: 'database',
    description: 'Hasura GraphQL admin secret',
    names: ['hasura[_-]?(?:graphql[_-]?)?admin[_-]?secret', 'x[_-]hasura[_-]admin[_-]secret'],
    keywords: ['hasura'],
    value: '[A-Za-z0-9_\\-+/=.!@#$%^&*~]{12,128}',
    end: 'A-Za-z0-9_\\-+/=.!@#$%^&*~',
    minEntropy: 3.2,
    validate: (s) => !/^(?:[A-Z][A-Z0-9_]*|[a-z][a-z0-9_]*)$/.test(s) && [/[a-z]/, /[A-Z]/, /[0-9]/].filter((c) => c.test(s)).length >= 2,
    envName: 'HASURA_GRAPHQL_ADMIN_SECRET',
    docsUrl: 'https://hasura.io/docs/2.0/deployment/securing-graphql-endpoint/',
    revocationUrl: null,
    revocationNote: 'Set a new HASURA_GRAPHQL_ADMIN_SECRET on the instance (Hasura Cloud → Env vars) and update every client that sends it.',
    sample: (g) => `${g.alnum(12)}-${g.base64url(20)}`,
    noStandardNegatives: true,
    negatives: (g) => [
      `const adminSecret = "${g.alnum(12)}-${g.base64url(20)}";` /* no Hasura in the name */,
      `HASURA_GRAPHQL_ADMIN_SECRET="myadminsecretkey"` /* a documentation placeholder */,
      `HASURA_GRAPHQL_ADMIN_SECRET="${g.alnum(8)}"` /* too short */,
      `HASURA_GRAPHQL_ADMIN_SECRET=${'$'}{ADMIN_SECRET}`,
      `x-hasura-admin-secret: HASURA_GRAPHQL_ADMIN_SECRET` /* a variable name */,
    ],
  }),
];
