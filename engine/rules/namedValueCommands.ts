// Commands that store a value under a name given beside it, the name saying it is a secret: Airflow's
// `airflow variables set partner_api_key <value>` and PowerShell's `Set-ItemProperty … -Name "ApiToken" -Value "<value>"`
// (a registry value an agent reads; `New-ItemProperty`, `Set-Variable`, `New-Variable` alike). The name and the value
// are separate arguments, so no assignment reads them as a pair.
import { readSecretName } from '../validators/secretName';
import { namedValueVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { quotedConsistently } from './cliRuleBuilder';

function namedValue(value: string, ctx: MatchContext): boolean {
  if (!ctx.keyName || /^[$%<{-]/.test(value)) return false;
  const reading = readSecretName(ctx.keyName);
  return reading !== undefined && namedValueVerdict(value, ctx.keyName, reading, { quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const namedValueCommandRules: Rule[] = [
  {
    id: 'airflow-variable-secret',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    severity: 'error',
    description: 'Secret stored as an Airflow variable on the command line (`airflow variables set api_key …`)',
    keywords: ['airflow variables set'],
    keywordWindow: { before: 0, after: 300 },
    pattern: /airflow[ \t]{1,4}variables[ \t]{1,4}set[ \t]{1,4}(?:--?[\w-]{1,20}[ \t]{1,4})?["']?(?<key>[\w.-]{1,80})["']?[ \t]{1,4}["']?(?<secret>[^\s"'`]{4,200})/,
    skipPlaceholderCheck: true,
    validate: (value, ctx) => quotedConsistently(ctx) && namedValue(value, ctx),
    envName: 'AIRFLOW_VAR_API_KEY',
    docsUrl: 'https://airflow.apache.org/docs/apache-airflow/stable/howto/variable.html',
    revocationUrl: null,
    revocationNote: 'Revoke the key where it was issued; keep secret variables in a secrets backend (AIRFLOW_VAR_* from a vault) rather than in scripts.',
    examples: {
      positives: (g) => [`airflow variables set partner_api_key ${g.s(g.alnum(32))}`, `airflow variables set "smtp_password" '${g.s(`${g.pick(['Harbor', 'Copper'])}${g.digits(3)}!`)}'`],
      negatives: (g) => [`airflow variables set partner_api_url https://api.example.org/${g.lower(5)}`, 'airflow variables set partner_api_key "$PARTNER_API_KEY"', 'airflow variables set -j env_name prod'],
    },
  },
  {
    id: 'powershell-named-secret-value',
    provider: 'Command line',
    family: 'generic',
    // Rules for one setting's own name (Winlogon's `DefaultPassword`) win the tie.
    priority: 'generic',
    severity: 'error',
    description: 'Secret written with a PowerShell cmdlet that names it (`Set-ItemProperty … -Name "ApiToken" -Value "…"`)',
    keywords: ['itemproperty', 'set-variable', 'new-variable'],
    // `Set-` / `New-` stand before the keyword.
    keywordWindow: { before: 8, after: 400 },
    pattern:
      /(?:Set|New)-(?:ItemProperty|Variable)\b[^\n|;]{0,200}?[ \t]-Name[ \t]{1,4}["']?(?<key>[\w.-]{1,80})["']?[ \t]{1,4}(?:-PropertyType[ \t]{1,4}\w{1,20}[ \t]{1,4})?-Value[ \t]{1,4}["'](?<secret>[^"'\n]{4,200})["']/i,
    skipPlaceholderCheck: true,
    validate: namedValue,
    envName: 'AGENT_API_TOKEN',
    docsUrl: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.management/set-itemproperty',
    revocationUrl: null,
    revocationNote: 'Revoke the token or change the password where it was issued; read it from SecretManagement or DPAPI-protected storage instead of a script.',
    examples: {
      positives: (g) => [
        `Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Acme\\Agent" -Name "ApiToken" -Value "${g.s(g.alnum(32))}"`,
        `New-ItemProperty -Path $key -Name SmtpPassword -PropertyType String -Value '${g.s(`${g.pick(['Harbor', 'Copper'])}${g.digits(3)}!`)}' -Force`,
      ],
      negatives: (g) => [
        `Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Acme\\Agent" -Name "ApiUrl" -Value "https://api.example.org/${g.lower(4)}"`,
        'Set-ItemProperty -Path "HKLM:\\SOFTWARE\\Acme\\Agent" -Name "ApiToken" -Value "$env:API_TOKEN"',
        'Set-ItemProperty -Path $p -Name "TokenLifetime" -Value "3600"',
      ],
    },
  },
];
