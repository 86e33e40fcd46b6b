// `terraform plan` hides a sensitive attribute as `(sensitive value)`; when the attribute changes to a literal the plan
// prints the literal beside it (`~ value = (sensitive value) -> "v"`, a variable or output that lost its
// `sensitive = true`). The right side of the arrow is then the secret itself, in a CI log anyone can read (rw-dev).
import { fileKind } from '../validators/fileKind';
import { passwordVerdict, tokenVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  // The plan's own stand-ins for a value it cannot show.
  if (/^\((?:known after apply|sensitive value|sensitive)\)$/.test(value)) return false;
  return passwordVerdict(value, 'password', { quote: '"' }) === undefined || tokenVerdict(value, 'secret', 'secret') === undefined;
}

export const terraformPlanValueRules: Rule[] = [
  {
    id: 'terraform-plan-sensitive-change',
    provider: 'Terraform',
    family: 'infrastructure',
    priority: 'context',
    description: 'Literal on the other side of a `(sensitive value)` change in `terraform plan` output',
    keywords: ['(sensitive value)'],
    keywordWindow: { before: 4, after: 240 },
    pattern: /"?\(sensitive value\)"?[ \t]{1,4}->[ \t]{1,4}"(?<secret>[^"\\\n]{4,200})"/,
    validate,
    envName: 'TF_VAR_SECRET',
    severity: 'error',
    docsUrl: 'https://developer.hashicorp.com/terraform/language/values/outputs#sensitive-suppressing-values-in-cli-output',
    revocationUrl: null,
    revocationNote: 'Rotate the value at its service, mark the variable or output `sensitive = true`, and remove the plan log from the CI artifacts.',
    examples: {
      positives: (g) => [
        `  ~ resource "azurerm_key_vault_secret" "admin" {\n        id    = "https://kv.vault.azure.net/secrets/admin/${g.hex(32)}"\n      ~ value = (sensitive value) -> "${g.s(`${g.pick(['Harbor', 'Falcon'])}${g.digits(2)}.${g.pick(['Glacier', 'Copper'])}&${g.digits(1)}`)}"\n    }`,
        `          ~ value = "(sensitive value)" -> "${g.s(g.alnum(24))}"`,
      ],
      negatives: (g) => [
        `      ~ value = (sensitive value) -> (known after apply)`,
        `      ~ password = (sensitive value)\n      ~ tags = { "team" = "${g.lower(6)}" } -> (known after apply)`,
        `      ~ value = (sensitive value) -> "changeme"`,
      ],
    },
  },
];
