// Cfx.re server license keys (FiveM / RedM `sv_licenseKey`): `cfxk_` + about 20 characters, `_`, 6 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const cfxReRules: Rule[] = [
  tokenRule({
    id: 'cfx-re-server-license-key',
    provider: 'Cfx.re (FiveM / RedM)',
    family: 'saas',
    description: 'Cfx.re server license key',
    prefix: 'cfxk_',
    body: '[A-Za-z0-9]{18,24}_[A-Za-z0-9]{6}',
    envName: 'SV_LICENSEKEY',
    docsUrl: 'https://docs.fivem.net/docs/server-manual/setting-up-a-server/',
    revocationUrl: 'https://portal.cfx.re/servers/registration-keys',
    sample: (g) => `cfxk_${g.alnum(21)}_${g.alnum(6)}`,
    negatives: (g) => [
      `SV_LICENSEKEY="CFXK_${g.alnum(21)}_${g.alnum(6)}"`, // prefix in the wrong case
      `SV_LICENSEKEY="cfxk_${g.alnum(21)}${g.alnum(6)}"` /* no separator */,
    ],
  }),
];
