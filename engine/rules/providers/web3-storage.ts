// web3.storage (Storacha): web3.storage API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const web3StorageRules: Rule[] = [
  contextRule({
    id: 'web3-storage-api-token',
    provider: 'web3.storage (Storacha)',
    family: 'infrastructure',
    description: 'web3.storage API token',
    names: ['web3[_.-]?storage'],
    keywords: ['web3storage', 'web3_storage', 'web3-storage', 'web3.storage'],
    value: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9\\.eyJ[A-Za-z0-9_-]{100,300}\\.[A-Za-z0-9_-]{40,50}',
    envName: 'WEB3_STORAGE_TOKEN',
    docsUrl: 'https://web3.storage/docs/',
    revocationUrl: null,
    revocationNote: 'Delete the token in the web3.storage account (Account → API tokens); the legacy service is being retired, so remove it from code.',
    sample: (g) => `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJ${g.base64url(150)}.${g.base64url(43)}`,
  }),
];
