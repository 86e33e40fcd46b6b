// Wise (TransferWise): wise (TransferWise) personal API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const wiseRules: Rule[] = [
  contextRule({
    id: 'wise-api-token',
    provider: 'Wise (TransferWise)',
    family: 'payments',
    description: 'Wise (TransferWise) personal API token',
    names: ['transferwise', 'wise[_.-]?api'],
    keywords: ['transferwise', 'wiseapi', 'wise_api', 'wise-api', 'wise.api'],
    value: UUID,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'WISE_API_TOKEN',
    docsUrl: 'https://docs.wise.com/api-docs/features/authentication-access/personal-tokens',
    revocationUrl: 'https://wise.com/settings/api-tokens',
    sample: (g) => g.uuid(),
  }),
];
