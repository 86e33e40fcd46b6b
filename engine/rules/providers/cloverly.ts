// Cloverly (carbon offsets): private keys are `private_key:` + 16 characters; public keys are not secret.
import type { Rule } from '../../types';
import { LOWER_DIGITS } from '../alphabets';
import { contextRule } from '../ruleBuilders';

export const cloverlyRules: Rule[] = [
  contextRule({
    id: 'cloverly-private-key',
    provider: 'Cloverly',
    family: 'saas',
    description: 'Cloverly private API key',
    names: ['cloverly'],
    keywords: ['cloverly'],
    value: 'private_key:[a-z0-9]{16}',
    maskPrefix: /^private_key:/,
    envName: 'CLOVERLY_API_KEY',
    docsUrl: 'https://docs.cloverly.com/docs/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the private key in the Cloverly dashboard.',
    sample: (g) => `private_key:${g.chars(LOWER_DIGITS, 16)}`,
    negatives: (g) => [`CLOVERLY_API_KEY="public_key:${g.chars(LOWER_DIGITS, 16)}"` /* public key */],
  }),
];
