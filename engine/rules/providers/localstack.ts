// LocalStack auth tokens (and legacy API keys): `ls-` + about 40 characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const localstackRules: Rule[] = [
  contextRule({
    id: 'localstack-auth-token',
    provider: 'LocalStack',
    family: 'infrastructure',
    description: 'LocalStack auth token',
    names: ['localstack'],
    keywords: ['localstack'],
    value: 'ls-[A-Za-z0-9-]{30,50}',
    maskPrefix: /^ls-/,
    envName: 'LOCALSTACK_AUTH_TOKEN',
    docsUrl: 'https://docs.localstack.cloud/getting-started/auth-token/',
    revocationUrl: 'https://app.localstack.cloud/workspace/auth-token',
    sample: (g) => `ls-${g.alnum(8)}-${g.digits(4)}-${g.alnum(4)}-${g.alnum(4)}-${g.alnum(12)}`,
    negatives: (g) => [`LOCALSTACK_AUTH_TOKEN="ls-${g.alnum(12)}"` /* short */],
  }),
];
