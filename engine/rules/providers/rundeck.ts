// Rundeck: rundeck API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const rundeckRules: Rule[] = [
  contextRule({
    id: 'rundeck-api-token',
    provider: 'Rundeck',
    family: 'infrastructure',
    description: 'Rundeck API token',
    names: ['rundeck'],
    keywords: ['rundeck'],
    value: '[A-Za-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'RUNDECK_API_TOKEN',
    docsUrl: 'https://docs.rundeck.com/docs/api/#authentication',
    revocationUrl: null,
    revocationNote: 'Remove the token in Rundeck (Profile → User API Tokens) and generate a new one.',
    sample: (g) => g.alnum(32),
  }),
];
