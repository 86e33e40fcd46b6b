// PureStake: pureStake (Algorand API) key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const purestakeRules: Rule[] = [
  contextRule({
    id: 'purestake-api-key',
    provider: 'PureStake',
    family: 'infrastructure',
    description: 'PureStake (Algorand API) key',
    names: ['purestake'],
    keywords: ['purestake'],
    value: '[A-Za-z0-9]{40}',
    envName: 'PURESTAKE_API_KEY',
    docsUrl: 'https://developer.purestake.io/',
    revocationUrl: null,
    revocationNote: "PureStake's API service was retired: remove the key, and delete the account if it still exists.",
    sample: (g) => g.alnum(40),
  }),
];
