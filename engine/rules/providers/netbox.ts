// NetBox: netBox API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const netboxRules: Rule[] = [
  contextRule({
    id: 'netbox-api-token',
    provider: 'NetBox',
    family: 'infrastructure',
    description: 'NetBox API token',
    names: ['netbox'],
    keywords: ['netbox'],
    value: '[a-f0-9]{40}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'NETBOX_TOKEN',
    docsUrl: 'https://netboxlabs.com/docs/netbox/en/stable/integrations/rest-api/#tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token in NetBox (user menu → API Tokens) and create a new one.',
    sample: (g) => g.hex(40),
  }),
];
