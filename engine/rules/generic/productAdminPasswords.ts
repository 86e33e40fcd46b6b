// A product's admin password kept under the product's name and `admin` alone: `GRAFANA_ADMIN=…` in a provisioning
// script, `grafana_admin = "…"` in terraform.tfvars, `+ grafana_admin = "…"` among a plan's outputs. The name holds no
// secret word, so the generic rule never reads it; `KEYCLOAK_ADMIN=admin` (the user) under the same kind of name is why
// only a value shaped like a password someone set counts: letters, a digit and a symbol, or a random run (rw-dev7,
// rw-dev9).
import { lineStartNear } from '../../detect/lineStartNear';
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import { characterClasses, looksRandom } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';

/** Words before `_admin` that make a flag, a role or a person, not a product (`is_admin`, `SUPER_ADMIN`, `org_admin`). */
const NOT_A_PRODUCT =
  /^(?:is|has|can|should|enable|enabled|disable|allow|use|show|require|required|must|super|site|default|role|roles|group|team|tenant|org|global|local|system|sys|domain|realm|cluster|namespace|project|account|user|users|email|mail|contact|notify|first|initial|main|primary|root|app|db|database)$/i;

/** What may precede the name on its line: blanks, a diff's or plan's marker, `export`, `set`, a declaration keyword. */
const LINE_HEAD = /^[ \t]{0,16}(?:[+~-][ \t]{1,4})?(?:(?:export|s(?:et|t(?:atic|ring))|const|let|va[lr]|final|String|readonly)[ \t]{1,4}){0,3}["']?$/;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'test') return false;
  const key = ctx.keyName ?? '';
  if (NOT_A_PRODUCT.test(key.replace(/[_-]admin$/i, ''))) return false;
  const keyAt = ctx.text.lastIndexOf(key, ctx.start);
  if (keyAt < 0 || !LINE_HEAD.test(ctx.text.slice(lineStartNear(ctx.text, keyAt, keyAt - 80), keyAt))) return false;
  // A user, an address or a path under the name: the admin's login, not its password.
  if (/@[\w-]+\.[\w.-]+$/.test(value) || /^(?:\/|[a-z][\w+.-]*:\/\/)/i.test(value)) return false;
  const shaped = (characterClasses(value) >= 3 && /\d/.test(value) && /[^A-Za-z0-9]/.test(value)) || (looksRandom(value) && value.length >= 16);
  return shaped && passwordVerdict(value, 'password', { quote: '"' }) === undefined;
}

export const productAdminPasswordRule: Rule = {
  id: 'product-admin-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Admin password under a product\'s name and `admin` alone (`GRAFANA_ADMIN=…`, `grafana_admin = "…"`)',
  keywords: ['_admin', '-admin'],
  keywordWindow: { before: 30, after: 170 },
  pattern: /(?<![\w.$-])(?<key>[A-Za-z][A-Za-z0-9]{1,24}[_-](?:admin|ADMIN|Admin))["']?[ \t]{0,24}(?:=>|[=:])[ \t]{0,8}["']?(?<secret>[^\s"'\\]{8,128})(?=["']?[ \t]{0,8}(?:[,;})\]#]|$|\r?\n))/,
  validate,
  envName: 'ADMIN_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: "Change the product's admin password, then pass it in from a secret store (`GRAFANA_ADMIN_PASSWORD__FILE`, a CI secret).",
  examples: {
    positives: (g) => [
      `# password for the local grafana, only reachable over VPN\nGRAFANA_ADMIN=${g.s(`${g.pick(['Harbor', 'Falcon', 'Copper'])}${g.digits(2)}!${g.lower(3)}`)}\n`,
      `redis_auth      = "${g.alnum(32)}"\ngrafana_admin   = "${g.s(`${g.lower(2)}${g.digits(1)}${g.lower(3)}!${g.digits(2)}`)}"\n`,
      `Changes to Outputs:\n  + grafana_admin = "${g.s(`${g.alnum(6)}[${g.alnum(4)}.&${g.alnum(8)}`)}"\n`,
    ],
    negatives: (g) => [
      `KEYCLOAK_ADMIN=admin\nKEYCLOAK_ADMIN_PASSWORD=\${KC_PW}\n`,
      `grafana_admin = "ops@${g.lower(6)}.example"\n`,
      `is_admin = ${g.pick(['True', 'False'])}\nSUPER_ADMIN = "${g.alnum(6)}!${g.digits(2)}"\n`,
      `DJANGO_ADMIN: "/admin/${g.lower(6)}/"\n`,
      `if user.role == "x" and portal_admin == "${g.lower(10)}":\n`,
      `jenkins_admin = "${g.pick(['Administrator', 'jenkinsadmin'])}"\n`,
    ],
  },
};
