// Codemagic API tokens: 43 URL-safe characters.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const codemagicRules: Rule[] = [
  contextRule({
    id: 'codemagic-api-token',
    provider: 'Codemagic',
    family: 'infrastructure',
    description: 'Codemagic API token',
    names: ['codemagic', 'cm[_-]?api[_-]?token'],
    keywords: ['cm-api-token', 'cm-api_token', 'cm-apitoken', 'cm_api-token', 'cm_api_token', 'cm_apitoken', 'cmapi-token', 'cmapi_token', 'cmapitoken', 'codemagic'],
    value: '[A-Za-z0-9_-]{43}',
    envName: 'CM_API_TOKEN',
    docsUrl: 'https://docs.codemagic.io/rest-api/codemagic-rest-api/',
    revocationUrl: null,
    revocationNote: 'Reset the token in Codemagic → Teams → Personal account → Integrations → Codemagic API.',
    sample: (g) => g.base64url(43),
    negatives: (g) => [
      `CM_API_TOKEN="${g.base64url(46)}"`, // too long
      `CM_API_TOKEN="${g.base64url(21)}.${g.base64url(21)}"`, // a character outside the alphabet
    ],
  }),
];
