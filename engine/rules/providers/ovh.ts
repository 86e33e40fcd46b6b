// OVHcloud: oVHcloud API application secret or consumer key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const ovhRules: Rule[] = [
  contextRule({
    id: 'ovh-application-secret',
    provider: 'OVHcloud',
    family: 'cloud',
    description: 'OVHcloud API application secret or consumer key',
    names: ['ovh'],
    keywords: ['ovh'],
    value: '[A-Za-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'OVH_APPLICATION_SECRET',
    docsUrl: 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api',
    revocationUrl: null,
    revocationNote: 'Delete the application or consumer key in the OVHcloud API console (GET/DELETE /me/api/application) and create new credentials.',
    sample: (g) => g.alnum(32),
  }),
];
