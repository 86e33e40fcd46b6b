// Writes a small demo project with hard-coded secrets into examples/demo/ (gitignored). The values are
// built here from a fixed seed so the repository holds no secret-looking literals, yet every run shows
// the same findings.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createExampleGen } from '../engine/examples';

const out = resolve(process.argv[2] ?? 'examples/demo');
const g = createExampleGen(20261123);
const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

const files: Record<string, string> = {
  'src/payments.js': `const Stripe = require('stripe');\n\n// Charged customers in production for a year before anyone noticed.\nconst stripe = Stripe("sk_live_${g.alnum(24)}");\n\nmodule.exports = { stripe };\n`,
  'src/github.ts': `export const GITHUB_TOKEN = "${g.crc32Token('ghp_', 30)}";\n\nexport async function listRepos() {\n  return fetch('https://api.github.com/user/repos', { headers: { authorization: \`token \${GITHUB_TOKEN}\` } });\n}\n`,
  'settings.py': `import boto3\n\nAWS_ACCESS_KEY_ID = "AKIA${g.chars(b32, 16)}"\nAWS_SECRET_ACCESS_KEY = "${g.base64(40)}"\n\ns3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID, aws_secret_access_key=AWS_SECRET_ACCESS_KEY)\n`,
  'docker-compose.yml': `services:\n  api:\n    image: acme/api:1.4\n    environment:\n      DATABASE_URL: postgres://app:${g.alnum(18)}@db:5432/app\n      LOG_LEVEL: info\n`,
  'config/alerts.json': `{\n  "channel": "#alerts",\n  "webhook": "https://hooks.slack.com/services/T${g.chars(b32, 10)}/B${g.chars(b32, 10)}/${g.alnum(24)}"\n}\n`,
  'deploy/id_rsa': `-----BEGIN OPENSSH PRIVATE KEY-----\n${Array.from({ length: 6 }, () => g.base64(70)).join('\n')}\n-----END OPENSSH PRIVATE KEY-----\n`,
  'src/db.go': `package db\n\nconst dbPassword = "${g.alnum(10)}!${g.digits(4)}"\n`,
  'src/reviewed.js': `// A deliberately public test credential, suppressed inline:\nconst token = "${g.crc32Token('ghp_', 30)}"; // hush:allow\n`,
  'README.md': `# Demo\n\nSet \`STRIPE_SECRET_KEY=sk_live_YOUR_KEY_HERE\` and \`AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\` (placeholders: not reported).\n`,
};

rmSync(out, { recursive: true, force: true });
for (const [name, content] of Object.entries(files)) {
  const path = join(out, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}
process.stderr.write(`Demo project written to ${out} (${Object.keys(files).length} files)\n`);
