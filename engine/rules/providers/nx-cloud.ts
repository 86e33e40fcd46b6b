// Nx Cloud: nx Cloud access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nxCloudRules: Rule[] = [
  contextRule({
    id: 'nx-cloud-access-token',
    provider: 'Nx Cloud',
    family: 'infrastructure',
    description: 'Nx Cloud access token',
    names: ['nx[_.-]?cloud'],
    keywords: ['nxcloud', 'nx_cloud', 'nx-cloud', 'nx.cloud'],
    value: '[A-Za-z0-9+/]{40,160}={0,2}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'NX_CLOUD_ACCESS_TOKEN',
    docsUrl: 'https://nx.dev/ci/recipes/security/access-tokens',
    revocationUrl: null,
    revocationNote: 'Revoke the token in Nx Cloud (workspace settings → Access tokens) and create a new one.',
    sample: (g) => btoa(`${g.hex(24)}|read-write`),
  }),
];
