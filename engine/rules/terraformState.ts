// Terraform state (`terraform.tfstate`, `terraform show -json`, excerpts pasted into tickets and post-mortems) holds
// every attribute in clear: a `random_password` resource's `result` is the generated password itself, whatever
// `sensitive` says in the plan output (found while tuning on rw-dev15: a plan job uploaded its state as an artifact).
import type { Rule } from '../types';

export const terraformStateRules: Rule[] = [
  {
    id: 'terraform-state-random-password',
    provider: 'Terraform',
    family: 'infrastructure',
    priority: 'context',
    description: 'Generated password in Terraform state (a random_password resource\'s "result" attribute)',
    keywords: ['random_password'],
    keywordWindow: { before: 16, after: 900 },
    // The resource's type, then its first `result` within the same resource (no other `"type"` between).
    pattern: /"type"[ \t]{0,4}:[ \t]{0,4}"random_password"(?:(?!"type")[^]){0,800}?"result"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[^"\\\s]{4,200})"/,
    envName: 'DB_PASSWORD',
    severity: 'error',
    docsUrl: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data',
    revocationUrl: null,
    revocationNote:
      'Taint or replace the random_password resource (terraform apply -replace=…) so a new value is generated, change it where it is used, and keep state in an encrypted backend rather than in artifacts.',
    examples: {
      positives: (g) => [
        `{\n  "mode": "managed",\n  "type": "random_password",\n  "name": "db",\n  "provider": "provider[\\"registry.terraform.io/hashicorp/random\\"]",\n  "instances": [\n    {\n      "schema_version": 3,\n      "attributes": {\n        "bcrypt_hash": "$2a$10$${g.alnum(53)}",\n        "id": "none",\n        "length": 24,\n        "result": "${g.s(`${g.alnum(10)}!${g.alnum(8)}%${g.alnum(4)}`)}",\n        "special": true\n      }\n    }\n  ]\n}`,
        `"type": "random_password", "name": "redis", "instances": [{ "attributes": { "id": "none", "length": 32, "result": "${g.s(g.alnum(32))}" } }]`,
      ],
      negatives: (g) => [
        `  # random_password.redis will be created\n  + resource "random_password" "redis" {\n      + length = 32\n      + result = (sensitive value)\n    }`,
        `{ "type": "random_id", "name": "suffix", "instances": [{ "attributes": { "hex": "${g.hex(8)}", "result": "${g.hex(8)}" } }] }`,
        `{ "type": "random_password", "name": "db", "instances": [{ "attributes": { "result": "\${var.db_password}" } }] }`,
      ],
    },
  },
];
