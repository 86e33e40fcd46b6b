// Proxmox VE API tokens: `PVEAPIToken=user@realm!tokenid=<uuid>` headers, and the token secret (a UUID) named by the provider.
import type { Rule } from '../../types';
import { contextRule, tokenRule, UUID } from '../ruleBuilders';

export const proxmoxRules: Rule[] = [
  tokenRule({
    id: 'proxmox-api-token',
    provider: 'Proxmox VE',
    family: 'infrastructure',
    description: 'Proxmox VE API token (Authorization header value)',
    prefix: 'PVEAPIToken=',
    body: '[A-Za-z0-9._-]{1,64}@[A-Za-z0-9._-]{1,32}![A-Za-z0-9._-]{1,64}=[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}',
    keywords: ['pveapitoken='],
    envName: 'PROXMOX_API_TOKEN',
    docsUrl: 'https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens',
    revocationUrl: null,
    revocationNote: 'Remove the token in Proxmox VE (Datacenter → Permissions → API Tokens) and create a new one.',
    sample: (g) => `PVEAPIToken=${g.lower(6)}@pam!${g.lower(5)}=${g.uuid()}`,
  }),
  contextRule({
    id: 'proxmox-api-token-secret',
    provider: 'Proxmox VE',
    family: 'infrastructure',
    description: 'Proxmox VE API token secret',
    names: ['pm[_.-]?api[_.-]?token[_.-]?secret', 'proxmox[a-z_-]{0,20}(?:secret|token)'],
    keywords: ['pm_api', 'pmapi', 'pm-api', 'proxmox'],
    value: UUID,
    envName: 'PM_API_TOKEN_SECRET',
    docsUrl: 'https://pve.proxmox.com/wiki/Proxmox_VE_API#API_Tokens',
    revocationUrl: null,
    revocationNote: 'Remove the token in Proxmox VE (Datacenter → Permissions → API Tokens) and create a new one.',
    sample: (g) => g.uuid(),
  }),
];
