// Windows scripts that bind to a directory or a share with a login written in the call: ADSI's
// `OpenDSObject(path, user, password, flags)`, .NET's `new DirectoryEntry(path, user, password)`, WScript's
// `MapNetworkDrive drive, share, persist, user, password`, and ADO's `conn.Properties("Password") = "…"` (the
// LDAP provider's bind). No name stands before the literal; its position in the call says it is the password.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateBindPassword(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  // The call's password slot holds data, not a name: words run together there are a password someone chose (rw-dev13).
  return passwordVerdict(value, 'password', { quote: ctx.text[ctx.start - 1], compoundWords: kind !== 'test' }) === undefined;
}

/** One argument before the password: a string literal (C# verbatim too), a boolean, a number or a variable. */
const ARG = `(?:@?"[^"\\n]{0,200}"|'[^'\\n]{0,200}'|[\\w.$]{1,60})`;
const COMMA = '[ \\t]{0,2},[ \\t]{0,2}';
const OPEN = '[ \\t]{0,2}\\(?[ \\t]{0,2}';
const SECRET = `["'](?<secret>[^"'\\n]{4,128})["']`;

export const directoryBindCallRule: Rule = {
  id: 'directory-bind-call-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Password passed by position to OpenDSObject / DirectoryEntry / MapNetworkDrive, or set as an ADO connection’s Password property',
  keywords: ['opendsobject', 'directoryentry', 'mapnetworkdrive', '.properties('],
  keywordWindow: { before: 60, after: 700 },
  pattern: new RegExp(
    `(?:\\.OpenDSObject${OPEN}${ARG}${COMMA}${ARG}${COMMA}|DirectoryEntry[ \\t]{0,2}\\([ \\t]{0,2}${ARG}${COMMA}${ARG}${COMMA}|\\.MapNetworkDrive${OPEN}${ARG}${COMMA}${ARG}${COMMA}${ARG}${COMMA}${ARG}${COMMA}|\\.Properties[ \\t]{0,2}\\([ \\t]{0,2}"(?:Password|Pwd)"[ \\t]{0,2}\\)[ \\t]{0,2}=[ \\t]{0,2})${SECRET}`,
    'i',
  ),
  validate: validateBindPassword,
  envName: 'LDAP_BIND_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://learn.microsoft.com/en-us/windows/win32/api/iads/nf-iads-iadsopendsobject-opendsobject',
  revocationUrl: null,
  revocationNote: 'Change the service account’s password in Active Directory, and let the script run as that account (or read the password from the Credential Manager) instead of writing it in the call.',
  examples: {
    positives: (g) => [
      `Set objOU = objDSO.OpenDSObject("LDAP://OU=Staff,DC=corp,DC=local", "CORP\\svc_sync", "${g.s(`${g.pick(['Falke', 'Birke'])}${g.digits(4)}%`)}", 1)`,
      `var entry = new DirectoryEntry("LDAP://DC=corp,DC=local", @"CORP\\svc_portal", "${g.s(g.alnum(16))}");`,
      `objNetwork.MapNetworkDrive "M:", "\\\\fs02\\Marketing", False, "CORP\\svc_mkt", "${g.s(`${g.pick(['meadow', 'harbor'])}${g.digits(3)}!${g.alnum(4)}`)}"`,
      `objNetwork.MapNetworkDrive "S:", "\\\\fs01\\Sales", False, "CORP\\svc_sales", "${g.s(`${g.pick(['walnut', 'copper', 'juniper'])}${g.pick(['badger', 'otter', 'falcon'])}${g.pick(['river', 'meadow'])}`)}"`,
      `objConnection.Properties("Password") = "${g.s(`${g.pick(['Sommer', 'Winter'])}${g.digits(4)}%`)}"`,
    ],
    negatives: () => [
      'Set objOU = objDSO.OpenDSObject("LDAP://OU=Staff,DC=corp,DC=local", strUser, strPassword, 1)',
      'var entry = new DirectoryEntry("LDAP://DC=corp,DC=local", user, password);',
      'objNetwork.MapNetworkDrive "M:", "\\\\fs02\\Marketing", False',
      'objConnection.Properties("User ID") = "CORP\\svc_ldapsync"',
      'objConnection.Properties("Password") = "<password>"',
    ],
  },
};
