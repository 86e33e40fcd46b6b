// Nextcloud: nextcloud app password, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const nextcloudRules: Rule[] = [
  contextRule({
    id: 'nextcloud-app-password',
    provider: 'Nextcloud',
    family: 'infrastructure',
    description: 'Nextcloud app password',
    names: ['nextcloud'],
    keywords: ['nextcloud'],
    value: '[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}-[A-Za-z0-9]{5}',
    envName: 'NEXTCLOUD_APP_PASSWORD',
    docsUrl: 'https://docs.nextcloud.com/server/latest/user_manual/en/session_management.html#managing-devices',
    revocationUrl: null,
    revocationNote: 'Revoke the app password in Nextcloud (Settings → Security → Devices & sessions).',
    sample: (g) => `${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}-${g.alnum(5)}`,
  }),
];
