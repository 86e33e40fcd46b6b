// PHPMailer SMTP passwords assigned in PHP (`$mail->Password = '…';`).
import type { Rule } from '../../types';

export const phpmailerRules: Rule[] = [
  {
    id: 'phpmailer-smtp-password',
    provider: 'PHPMailer (SMTP)',
    family: 'messaging',
    priority: 'context',
    description: 'SMTP password set on a PHPMailer instance',
    keywords: ['->password'],
    pattern: /\$[A-Za-z_][A-Za-z0-9_]{0,30}->Password\s{0,4}=\s{0,4}(?<q>['"])(?<secret>[^'"\r\n\\$]{4,200})\k<q>\s{0,4};/,
    minEntropy: 2,
    envName: 'SMTP_PASSWORD',
    docsUrl: 'https://github.com/PHPMailer/PHPMailer#a-simple-example',
    revocationUrl: null,
    revocationNote: 'Change the mailbox or SMTP relay password (or revoke the app password) at your mail provider, then read it from the environment.',
    examples: {
      positives: (g) => [`$mail->Password = '${g.s(g.alnum(16))}';`, `$mailer->Password   = "${g.s(`${g.alnum(8)}!${g.alnum(6)}`)}";`],
      negatives: () => ["$mail->Password = getenv('SMTP_PASSWORD');", "$mail->Password = 'your-password';", '$mail->Password = "$password";'],
    },
  },
];
