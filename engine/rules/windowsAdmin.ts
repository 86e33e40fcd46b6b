// Windows administration artifacts whose value needs no name to be a credential (found on rw-dev13's win part):
// Group Policy Preferences `cpassword` (AES under the key Microsoft published: anyone who reads SYSVOL decrypts
// it), BitLocker recovery passwords (eight six-digit groups, each a multiple of 11 below 720896: checkable), and
// WinSCP's stored session passwords (a reversible obfuscation whose first byte always reads `A35C`), and Active
// Directory's `unicodePwd::` in LDIF imports (base64 of the quoted password in UTF-16LE: never a hash).
import type { ExampleGen, Rule } from '../types';
import { isPlaceholder } from '../validators/placeholder';

const base = {
  provider: 'Windows',
  family: 'credential-file' as const,
  priority: 'context' as const,
  severity: 'error' as const,
  skipPlaceholderCheck: true,
  revocationUrl: null,
};

/** A BitLocker recovery password's group: six digits, a multiple of 11, below 2^16 * 11. */
export function isRecoveryGroup(group: string): boolean {
  const n = Number(group);
  return /^\d{6}$/.test(group) && n % 11 === 0 && n < 720896;
}

/** Eight checked groups, and not the same group repeated (a template's `000000-000000-…`). */
export function isBitLockerRecoveryPassword(value: string): boolean {
  const groups = value.split('-');
  return groups.length === 8 && groups.every(isRecoveryGroup) && new Set(groups).size > 2;
}

/** A random group that passes the check (for examples). */
export const recoveryGroup = (g: ExampleGen) => String((Number(g.digits(5)) % 65536) * 11).padStart(6, '0');
export const recoveryPassword = (g: ExampleGen) => Array.from({ length: 8 }, () => recoveryGroup(g)).join('-');

/** `unicodePwd::` holds base64 of `"password"` in UTF-16LE (AD accepts nothing else): decode and check the quotes. */
export function isQuotedUtf16Password(b64: string): boolean {
  let bytes: string;
  try {
    bytes = atob(b64);
  } catch {
    return false;
  }
  if (bytes.length < 10 || bytes.length % 2 !== 0) return false;
  let text = '';
  for (let i = 0; i < bytes.length; i += 2) text += String.fromCharCode(bytes.charCodeAt(i) | (bytes.charCodeAt(i + 1) << 8));
  // A slot to fill (`"<password>"`, `"{{ pw }}"`, `"%PW%"`) is a template of the import, not a password.
  return /^"[^"\u0000-\u001f]{4,120}"$/.test(text) && !isPlaceholder(text.slice(1, -1));
}

const utf16Quoted = (pw: string) => {
  let bytes = '';
  for (const ch of `"${pw}"`) bytes += String.fromCharCode(ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8);
  return btoa(bytes);
};

export const windowsAdminRules: Rule[] = [
  {
    ...base,
    id: 'gpp-cpassword',
    description:
      'Group Policy Preferences password (`cpassword="…"` in Groups.xml, ScheduledTasks.xml, Drives.xml, Services.xml, DataSources.xml): encrypted under a published key, so readable by every domain user',
    keywords: ['cpassword'],
    keywordWindow: { before: 2, after: 400 },
    // Base64 without padding, as GPP writes it; an empty attribute is an account without a stored password.
    pattern: /(?<![\w-])cpassword="(?<secret>[A-Za-z0-9+/]{20,400}={0,2})"/,
    validate: (value) => /[0-9]/.test(value) && /[A-Z]/.test(value) && /[a-z]/.test(value),
    envName: 'GPP_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2014/ms14-025',
    revocationNote: 'Change the password of the account the preference sets (on every machine it reached), delete the preference item, and use LAPS or gMSA instead (MS14-025).',
    examples: {
      positives: (g) => [
        `<Properties action="U" newName="" fullName="" description="" cpassword="${g.s(g.base64(43).replace(/=+$/, ''))}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="Administrator (built-in)"/>`,
        `<Properties action="U" name="Agent" runAs="CORP\\svc_agent" cpassword="${g.s(g.base64(64).replace(/=+$/, ''))}" logonType="Password">`,
      ],
      negatives: () => ['<Properties action="U" userName="" cpassword="" path="\\\\fs03\\Public" label="Public"/>', 'Get-GPPPassword searches SYSVOL for cpassword="…" attributes'],
    },
  },
  {
    ...base,
    id: 'bitlocker-recovery-password',
    description: 'BitLocker recovery password (48 digits in eight checked groups) where BitLocker, a recovery key or manage-bde is named',
    keywords: ['bitlocker', 'recovery', 'manage-bde', 'numerical password', 'wiederherstellung'],
    keywordWindow: { before: 400, after: 4000 },
    pattern: /(?<![\d-])(?<secret>\d{6}(?:-\d{6}){7})(?![\d-])/,
    validate: (value) => isBitLockerRecoveryPassword(value),
    envName: 'BITLOCKER_RECOVERY_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/recovery-overview',
    revocationNote: 'Rotate the recovery password (manage-bde -protectors -delete / -add -RecoveryPassword, or Intune key rotation) and keep it in AD, Entra ID or the MBAM store only.',
    examples: {
      positives: (g) => [
        `BitLocker recovery key for NB-0144: ${g.s(recoveryPassword(g))}`,
        `    Numerical Password:\n      ID: {${g.uuid().toUpperCase()}}\n      Password:\n        ${g.s(recoveryPassword(g))}\n`,
        `ComputerName;KeyProtectorId;RecoveryPassword\nNB-0101;{${g.uuid().toUpperCase()}};${g.s(recoveryPassword(g))}\n`,
      ],
      negatives: () => ['Recovery password format: 000000-000000-000000-000000-000000-000000-000000-000000', 'recovery: 123456-123456-123456-123456-123456-123456-123456-123456'],
    },
  },
  {
    ...base,
    id: 'winscp-stored-password',
    description: 'WinSCP stored session password (`Password=A35C…` in WinSCP.ini or its registry export): obfuscated, not encrypted',
    keywords: ['a35c'],
    keywordWindow: { before: 12, after: 300 },
    pattern: /^"?Password"?[ \t]*[=:][ \t]*"?(?<secret>A35C[0-9A-F]{16,256})"?[ \t]*$/im,
    envName: 'WINSCP_PASSWORD',
    docsUrl: 'https://winscp.net/eng/docs/security_credentials',
    revocationNote: 'Change the server password the session stored, and set a WinSCP master password (or use keys) so sessions are encrypted.',
    examples: {
      positives: (g) => [
        `[Sessions\\deploy@web01]\nHostName=web01.corp.local\nUserName=deploy\nPassword=${g.s('A35C' + g.hex(76).toUpperCase())}\n`,
        `[HKEY_CURRENT_USER\\Software\\Martin Prikryl\\WinSCP 2\\Sessions\\edi]\n"Password"="${g.s('A35C' + g.hex(60).toUpperCase())}"\n`,
      ],
      negatives: (g) => [`[Sessions\\x]\nHostKey=ssh-ed25519 255 A35C${g.hex(40).toUpperCase()}\n`, 'Password=\n'],
    },
  },
  {
    ...base,
    id: 'ldif-unicodepwd',
    description: 'Active Directory password set by an LDIF import (`unicodePwd::` base64 of the quoted password in UTF-16LE)',
    keywords: ['unicodepwd'],
    keywordWindow: { before: 2, after: 420 },
    pattern: /^unicodePwd::[ \t]{0,4}(?<secret>[A-Za-z0-9+/]{12,400}={0,2})[ \t]*$/m,
    validate: (value) => isQuotedUtf16Password(value),
    envName: 'AD_ACCOUNT_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/active-directory/set-user-password-with-ldifde',
    revocationNote: 'Reset the password of the account the LDIF sets, and delete the import file (ldifde reads the password from it in clear).',
    examples: {
      positives: (g) => [
        `dn: CN=svc_ldapbind,OU=Service,DC=corp,DC=local\nchangetype: modify\nreplace: unicodePwd\nunicodePwd:: ${g.s(utf16Quoted(g.alnum(16)))}\n-\n`,
        `dn: CN=Jane Roe,OU=Staff,DC=corp,DC=local\nchangetype: add\nobjectClass: user\nsAMAccountName: jroe\nunicodePwd:: ${g.s(utf16Quoted(`Winter${g.digits(4)}!`))}\nuserAccountControl: 512\n`,
      ],
      negatives: (g) => [`dn: CN=x,DC=corp,DC=local\nunicodePwd:: ${g.base64(24)}\n`, 'unicodePwd:: IgA8AHAAYQBzAHMAPgAiAA==\n'],
    },
  },
];
