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
