// WordPress application passwords: 24 letters and digits that WordPress shows in six groups of four
// (`abcd EFGH 1234 …`) and accepts with or without the spaces, for REST API Basic auth. Told by that shape after the
// user in `curl -u user:"…"`, or under an application password's name.
import type { MatchContext, Rule } from '../../types';

const GROUPS = '[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}';

/** Generated: digits and both cases among its 24 characters. */
function generated(value: string, _ctx: MatchContext): boolean {
  return /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value);
}

export const wordpressRules: Rule[] = [
  {
    id: 'wordpress-application-password',
    provider: 'WordPress',
    family: 'saas',
    priority: 'context',
    description: 'WordPress application password (six groups of four) given to curl -u or under its name',
    keywords: ['curl', 'application_password', 'application-password', 'applicationpassword', 'app_password', 'apppassword', 'application password'],
    keywordWindow: { before: 40, after: 320 },
    // `curl` is everywhere in docs: run the pattern only where the grouped shape occurs.
    windowNeeds: /[A-Za-z0-9]{4} [A-Za-z0-9]{4} [A-Za-z0-9]{4} [A-Za-z0-9]{4}/,
    pattern: new RegExp(`(?:(?:^|[ \\t])(?:-u|--user)[ \\t]{1,4}["']?[^\\s:"']{1,64}:|(?:application|app)[_ -]?password["']?[ \\t]{0,4}(?:[:=]|=>)[ \\t]{0,4})["']?(?<secret>${GROUPS})(?![A-Za-z0-9])`, 'i'),
    validate: generated,
    envName: 'WP_APPLICATION_PASSWORD',
    severity: 'error',
    docsUrl: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/',
    revocationUrl: null,
    revocationNote: 'Revoke it in WordPress (Users → Profile → Application Passwords) and create a new one for the integration.',
    examples: {
      positives: (g) => {
        const pw = () => Array.from({ length: 6 }, () => `${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${g.digits(1)}${g.chars('abcdefghijkmnopqrstuvwxyz', 2)}`).join(' ');
        return [`curl -u integracja:"${g.s(pw())}" https://shop.example/wp-json/wp/v2/users/me`, `WP_APPLICATION_PASSWORD="${g.s(pw())}"`, `'application_password' => '${g.s(pw())}',`];
      },
      negatives: () => [
        'curl -u admin:"$WP_APP_PASSWORD" https://shop.example/wp-json/wp/v2/users/me',
        'curl -u integracja:"abcd efgh ijkl mnop qrst uvwx" https://shop.example/wp-json/',
        'application_password = "xxxx xxxx xxxx xxxx xxxx xxxx"',
      ],
    },
  },
];
