// CiviCRM's settings file (`civicrm.settings.php`, or the same names in the environment): the site key that lets
// scripts call the REST and cron endpoints, and the keys that encrypt stored credentials (`CIVICRM_CRED_KEYS`,
// `aes-cbc:hkdf-sha256:<key>`) and sign tokens (`CIVICRM_SIGN_KEYS`, `jwt-hs256:hkdf-sha256:<key>`). A site key reads
// like a captcha's public site key to the generic rules, so it needs its own (rw-dev21).
import type { Rule } from '../../types';

/** The key itself, after an optional `<cipher>:<kdf>:` prefix (several keys may be listed, the first is read). */
const KEY = '(?:(?:aes-cbc|aes-ctr|aes-cbc-hs|aes-ctr-hs|jwt-hs256|jwt-hs384|jwt-hs512)?:(?:hkdf-sha256|b64)?:)?(?<secret>[A-Za-z0-9+/_-]{16,128}={0,2})';

export const civicrmRules: Rule[] = [
  {
    id: 'civicrm-site-or-encryption-key',
    provider: 'CiviCRM',
    family: 'saas',
    priority: 'context',
    description: 'CiviCRM site key, credential encryption key or signing key (civicrm.settings.php or the environment)',
    keywords: ['civicrm_site_key', 'civicrm_cred_keys', 'civicrm_sign_keys'],
    keywordWindow: { before: 0, after: 200 },
    pattern: new RegExp(`CIVICRM_(?:SITE_KEY|CRED_KEYS|SIGN_KEYS)['"]?[ \\t]{0,4}(?:,|=>|=|:)[ \\t]{0,4}['"]?${KEY}(?![A-Za-z0-9+/=_-])`),
    validate: (value) => /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/^(.)\1+$/.test(value),
    envName: 'CIVICRM_SITE_KEY',
    docsUrl: 'https://docs.civicrm.org/sysadmin/en/latest/setup/secret-keys/',
    revocationUrl: null,
    revocationNote:
      'Generate a new site key (and rotate CIVICRM_CRED_KEYS / CIVICRM_SIGN_KEYS as the sysadmin guide describes, re-encrypting stored credentials), update every cron job and script that sends the old site key, and keep civicrm.settings.php out of the repository.',
    examples: {
      positives: (g) => [
        `if (!defined('CIVICRM_SITE_KEY')) {\n  define('CIVICRM_SITE_KEY', '${g.s(g.alnum(32))}');\n}`,
        `define('CIVICRM_CRED_KEYS', 'aes-cbc:hkdf-sha256:${g.s(g.base64(44))}');`,
        `CIVICRM_SIGN_KEYS=jwt-hs256:hkdf-sha256:${g.s(g.alnum(40))}`,
      ],
      negatives: () => [
        "define('CIVICRM_SITE_KEY', '%%siteKey%%');",
        "define('CIVICRM_CRED_KEYS', '%%credKeys%%');",
        "define('CIVICRM_SITE_KEY', getenv('CIVICRM_SITE_KEY'));",
        "define('CIVICRM_CRED_KEYS', 'plain');",
      ],
    },
  },
];
