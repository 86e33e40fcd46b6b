// Airship: Airship (Urban Airship) master secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const airshipRules: Rule[] = [
  contextRule({
    id: 'airship-master-secret',
    provider: 'Airship',
    family: 'messaging',
    description: 'Airship (Urban Airship) master secret',
    names: ['airship[a-z_-]{0,12}secret', 'urban[_-]?airship[a-z_-]{0,12}secret', 'ua[_-]?master[_-]?secret'],
    keywords: ['airship', 'ua_master', 'uamaster', 'ua-master'],
    value: '[A-Za-z0-9_-]{22}',
    envName: 'AIRSHIP_MASTER_SECRET',
    docsUrl: 'https://docs.airship.com/api/ua/#security',
    revocationUrl: null,
    revocationNote: 'Regenerate the master secret under the project → Settings → APIs & Integrations, then update every server that calls the API.',
    sample: (g) => g.base64url(22),
    parts: [
      namedPart({ id: 'app-key', label: 'app key', names: ['airship[_-]?app[_-]?key', 'urban[_-]?airship[_-]?app[_-]?key', 'ua[_-]?app[_-]?key'], value: '[A-Za-z0-9_-]{22}', envName: 'AIRSHIP_APP_KEY' }),
    ],
    positives: (g) => [`AIRSHIP_APP_KEY=${g.p(g.base64url(22))}\nAIRSHIP_MASTER_SECRET=${g.s(g.base64url(22))}\n`],
  }),
];
