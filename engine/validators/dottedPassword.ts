// A password with dots in a config file (`kestrel_lagoon.anchor9velvet`, `Lagoon.1935`) reads like a member chain
// (`config.db.password`) to the code check. Config values are data: a dotted run with a digit is a password there,
// unless it starts at a known root of references (`env.`, `secrets.`, `vars.`) or the file is Terraform/HCL, where
// `resource_type.name.attr` is a reference.

/** First parts of references in config files and templates. */
const REFERENCE_ROOT =
  /^(?:env|ENV|process|config|settings|secrets|vars|var|values|Values|self|this|params|inputs|steps|needs|matrix|github|runner|job|jobs|os|system|System|app|context|ctx|props|properties|spring|local|locals|module|data|each|item|node|cluster|release|chart|ansible_facts|hostvars|groups|lookup|outputs|dependency|include)$/;

export function isDottedConfigPassword(value: string, path: string | undefined): boolean {
  if (path !== undefined && /\.(?:tf|tfvars|hcl)$/i.test(path)) return false;
  const m = /^([A-Za-z][\w-]{1,30})(?:\.[\w-]{1,30}){1,6}$/.exec(value);
  return m !== null && /\d/.test(value) && /[A-Za-z]{3}/.test(value) && !REFERENCE_ROOT.test(m[1]!);
}

/**
 * A segment that makes a dotted run a reference to a secret (`config.db.password`, `secrets.smtp.pass`,
 * `vault.api.key`), a whole word only: `compass`, `monkey` and `passport` are words of a passphrase.
 */
const SECRET_SEGMENT =
  /^(?:pass|passwd|password|passphrase|pwd|pw|secrets?|tokens?|keys?|apikey|creds?|credentials?|(?:db|admin|root|user|app|smtp|mail|redis|sql|ftp|api|my)(?:pass|pwd|pw|password|secret|token|key))$|^(?:password|secret|token|cred)/;

/**
 * Lower-case words joined by dots under a password's name (`igloo.glacier.bramble`, `Kestrel.badger.walnut`): a
 * passphrase, unless one of its words is a secret's name, which makes it a path to a setting.
 */
export function isDottedWordPassphrase(value: string): boolean {
  return (
    /^[A-Za-z][a-z]{2,11}(?:\.[a-z]{3,12}){2,7}$/.test(value) &&
    !value
      .toLowerCase()
      .split('.')
      .some((w) => SECRET_SEGMENT.test(w))
  );
}

/** An environment dump's line (`NAME=value`, maybe after a log timestamp) with an upper-case variable name. */
export function isEnvDumpLine(text: string, keyStart: number, key: string): boolean {
  if (!/^[A-Z][A-Z0-9_]{2,60}$/.test(key) || text.charAt(keyStart + key.length) !== '=') return false;
  const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
  return /^(?:\d{4}-\d\d-\d\dT[\d:.]{5,20}Z?[ \t]+)?$/.test(text.slice(lineStart, keyStart));
}
