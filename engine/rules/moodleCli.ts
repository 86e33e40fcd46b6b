// Moodle's admin/cli/cfg.php sets a site or plugin setting from the shell (`php admin/cli/cfg.php --name=smtppass
// --set=X`, `--component=auth_ldap --name=bind_pw --set=X`): a value is a secret when the setting's name reads as a
// secret's (the shared secret-name reader decides), and it stays in the shell history.
import { readSecretName } from '../validators/secretName';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import type { MatchContext, Rule } from '../types';
import { quotedConsistently } from './cliRuleBuilder';
import { shellSafePassword } from './humanPasswords';

const COMPONENT = `(?:[ \\t]{1,4}--component=["']?[A-Za-z0-9_-]{1,60}["']?)?`;

export const moodleCliRules: Rule[] = [
  {
    id: 'moodle-cfg-cli-secret',
    provider: 'Moodle',
    family: 'generic',
    priority: 'context',
    description: "A secret setting given to Moodle's admin/cli/cfg.php (--name=smtppass --set=…)",
    keywords: ['cfg.php'],
    keywordWindow: { before: 0, after: 300 },
    pattern: new RegExp(`\\bcfg\\.php${COMPONENT}[ \\t]{1,4}--name=["']?(?<key>[A-Za-z][\\w.-]{1,60})["']?${COMPONENT}[ \\t]{1,4}--set=["']?(?<secret>[^\\s"']{4,128})`),
    skipPlaceholderCheck: true,
    validate: (secret: string, ctx: MatchContext) => {
      const reading = readSecretName(ctx.keyName ?? '');
      if (!reading || !quotedConsistently(ctx)) return false;
      return reading.kind === 'password' ? isLiteralPassword(secret) : isLiteralToken(secret, 16);
    },
    envName: 'MOODLE_SECRET',
    severity: 'error',
    docsUrl: 'https://docs.moodle.org/en/Administration_via_command_line',
    revocationUrl: null,
    revocationNote: "Change the secret at the service it opens (the mail account, the directory's bind account), set the new one in Moodle's admin pages or config.php, and clear it from the shell history.",
    examples: {
      positives: (g) => [
        `sudo -u www-data php admin/cli/cfg.php --name=smtppass --set='${g.s(shellSafePassword(g))}'`,
        `php admin/cli/cfg.php --component=auth_ldap --name=bind_pw --set=${g.s(shellSafePassword(g))}`,
      ],
      negatives: (g) => [
        'php admin/cli/cfg.php --name=smtphosts --set=smtp.example.edu:587',
        'php admin/cli/cfg.php --name=smtppass --set="$SMTP_PASS"',
        `php admin/cli/cfg.php --name=siteidentifier --set=${g.alnum(32)}`,
        'php admin/cli/cfg.php --name=smtppass',
      ],
    },
  },
];
