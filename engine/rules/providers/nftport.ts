// NFTPort: nFTPort API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const nftportRules: Rule[] = [
  contextRule({
    id: 'nftport-api-key',
    provider: 'NFTPort',
    family: 'saas',
    description: 'NFTPort API key',
    names: ['nftport'],
    keywords: ['nftport'],
    value: UUID,
    envName: 'NFTPORT_API_KEY',
    docsUrl: 'https://docs.nftport.xyz/reference/authentication',
    revocationUrl: 'https://dashboard.nftport.xyz/',
    sample: (g) => g.uuid(),
  }),
];
