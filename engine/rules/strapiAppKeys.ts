// Strapi's `APP_KEYS` (rw-dev19): the session-signing keys of a Strapi app, a comma-separated list of base64 keys in
// the `.env` that `create-strapi-app` writes (`APP_KEYS=k1==,k2==,k3==,k4==`). A list is no single value the generic
// rule reads, so the whole list is the finding; the template's stand-ins (`toBeModified1,toBeModified2`) are none.
import type { Rule } from '../types';
import { isLiteralToken } from '../validators/literalArgument';

const KEY = '[A-Za-z0-9+/]{8,64}={0,2}';

export const strapiAppKeyRules: Rule[] = [
  {
    id: 'strapi-app-keys',
    provider: 'Strapi',
    family: 'credential-file',
    priority: 'context',
    description: "Strapi's APP_KEYS: the app's session-signing keys, a comma-separated list of base64 keys",
    keywords: ['app_keys'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])APP_KEYS["']?[ \\t]{0,4}[=:][ \\t]{0,4}["']?(?<secret>${KEY}(?:,${KEY}){1,7})(?![A-Za-z0-9+/=,])`),
    // Every key generated: base64 of random bytes, not a stand-in (`toBeModified1`) or a word.
    validate: (secret) => secret.split(',').every((k) => isLiteralToken(k.replace(/=+$/, ''), 16) && !/^tobemodified[0-9]{0,3}$/i.test(k)),
    minEntropy: 0,
    envName: 'APP_KEYS',
    docsUrl: 'https://docs.strapi.io/cms/configurations/environment',
    revocationUrl: null,
    revocationNote: "Generate new keys (e.g. `openssl rand -base64 16` each), set them in the deployment's APP_KEYS, restart Strapi (sessions signed with the old keys end).",
    examples: {
      positives: (g) => [`HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=${g.s(`${g.base64(22)}==,${g.base64(22)}==,${g.base64(22)}==,${g.base64(22)}==`)}\n`, `  APP_KEYS: "${g.s(`${g.alnum(22)}==,${g.alnum(22)}==`)}"`],
      negatives: (g) => ['APP_KEYS=toBeModified1,toBeModified2', 'APP_KEYS=${APP_KEYS}', `APP_KEYS="${g.alnum(22)}=="`, 'keys: env.array("APP_KEYS"),'],
    },
  },
];
