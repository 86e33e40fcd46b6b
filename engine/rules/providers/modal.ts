// Modal: modal token secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const modalRules: Rule[] = [
  contextRule({
    id: 'modal-token-secret',
    provider: 'Modal',
    family: 'ai',
    description: 'Modal token secret',
    names: ['modal'],
    keywords: ['modal'],
    value: 'as-[A-Za-z0-9]{22}',
    maskPrefix: /^as-/,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'MODAL_TOKEN_SECRET',
    docsUrl: 'https://modal.com/docs/reference/modal.config',
    revocationUrl: 'https://modal.com/settings/tokens',
    sample: (g) => `as-${g.alnum(22)}`,
  }),
];
