// The contexts the env-var name rule is checked against (test/unit/envName.test.ts). Values are built at test
// time; `V` in a template is replaced by the value, and the expected name is what "Move to .env" proposes.
import { createExampleGen } from '../../../../engine/examples';

export interface NameCase {
  lang: string;
  /** The source with `V` where the value goes. */
  template: string;
  value: 'github' | 'stripe' | 'slack' | 'password';
  expected: string;
  path?: string;
}

/** Values per kind, deterministic. */
export function caseValue(kind: NameCase['value'], seed: number): string {
  const g = createExampleGen(seed);
  switch (kind) {
    case 'github':
      return g.crc32Token('ghp_', 30);
    case 'stripe':
      return `sk_live_${g.alnum(24)}`;
    case 'slack':
      return `xoxb-${g.digits(11)}-${g.digits(12)}-${g.alnum(24)}`;
    case 'password':
      return `${g.alnum(10)}${g.digits(3)}${g.upper(3)}`;
  }
}

export const LONG_NAME = 'primaryRegionalPaymentsGatewayServiceAccountIntegrationApiKey';

export const NAME_CASES: NameCase[] = [
  // JavaScript / TypeScript variables and object keys
  { lang: 'js', template: 'const stripeKey = "V";', value: 'stripe', expected: 'STRIPE_KEY' },
  { lang: 'js', template: 'const k = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'js', template: 'const s = "V";', value: 'slack', expected: 'SLACK_BOT_TOKEN' },
  { lang: 'js', template: 'const x = "V";', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'js', template: 'let tmp = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'js', template: 'const value = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'js', template: 'const token = "V";', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'js', template: 'const accessToken = "V";', value: 'github', expected: 'GITHUB_ACCESS_TOKEN' },
  { lang: 'js', template: 'const apiKey = "V";', value: 'stripe', expected: 'STRIPE_API_KEY' },
  { lang: 'js', template: 'const myGithubToken = "V";', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'js', template: 'const PATH = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'js', template: 'let HOME = "V";', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'js', template: 'const stripe = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'js', template: 'this.billingSecret = "V";', value: 'stripe', expected: 'BILLING_SECRET' },
  { lang: 'js', template: 'const data = { key: "V" };', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'js', template: 'const config = {\n  smtp: {\n    password: "V",\n  },\n};', value: 'password', expected: 'SMTP_PASSWORD' },
  { lang: 'js', template: 'const password = "V";', value: 'password', expected: 'APP_PASSWORD' },
  { lang: 'js', template: `const ${LONG_NAME} = "V";`, value: 'stripe', expected: 'PRIMARY_SERVICE_ACCOUNT_INTEGRATION_API_KEY' },
  { lang: 'js', template: 'const schlüssel = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'ts', template: 'export class Mailer {\n  private password = "V";\n}', value: 'password', expected: 'MAILER_PASSWORD' },
  { lang: 'js', template: 'module.exports = {\n  password: "V",\n};', value: 'password', expected: 'APP_PASSWORD' },
  { lang: 'ts', template: 'const deployToken: string = "V";', value: 'github', expected: 'DEPLOY_TOKEN' },
  { lang: 'ts', template: 'headers = { "X-Api-Key": "V" };', value: 'stripe', expected: 'STRIPE_API_KEY' },
  { lang: 'ts', template: 'fetch(url, { headers: { Authorization: "Bearer V" } });', value: 'github', expected: 'GITHUB_TOKEN' },
  // Python variables, kwargs, dicts and attribute paths
  { lang: 'python', template: 'stripe.api_key = "V"', value: 'stripe', expected: 'STRIPE_API_KEY' },
  { lang: 'python', template: 'gh = Github(token="V")', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'python', template: 'SLACK_BOT = "V"', value: 'slack', expected: 'SLACK_BOT_TOKEN' },
  { lang: 'python', template: 'if DEBUG:\n    password = "V"', value: 'password', expected: 'APP_PASSWORD' },
  { lang: 'python', template: 'password = "V"', value: 'password', expected: 'APP_PASSWORD' },
  { lang: 'python', template: 'DATABASES = {\n    "default": {\n        "PASSWORD": "V",\n    }\n}', value: 'password', expected: 'DATABASES_PASSWORD' },
  { lang: 'python', template: 'settings = {"smtp_password": "V"}', value: 'password', expected: 'SMTP_PASSWORD' },
  { lang: 'python', template: 'client = Mailer(password="V")', value: 'password', expected: 'MAILER_PASSWORD' },
  // YAML
  { lang: 'yaml', template: 'database:\n  host: db\n  password: V\n', value: 'password', expected: 'DATABASE_PASSWORD', path: 'config.yml' },
  { lang: 'yaml', template: 'stripe:\n  secret_key: V\n', value: 'stripe', expected: 'STRIPE_SECRET_KEY', path: 'config.yml' },
  { lang: 'yaml', template: 'env:\n  - name: TOKEN\n    value: V\n', value: 'github', expected: 'GITHUB_TOKEN', path: 'deploy.yml' },
  { lang: 'yaml', template: 'user: V\n', value: 'stripe', expected: 'STRIPE_SECRET_KEY', path: 'config.yml' },
  { lang: 'yaml', template: 'slack_bot_token: V\n', value: 'slack', expected: 'SLACK_BOT_TOKEN', path: 'config.yml' },
  // Go
  { lang: 'go', template: 'cfg := Config{APIKey: "V"}', value: 'stripe', expected: 'STRIPE_API_KEY' },
  { lang: 'go', template: 'var token = "V"', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'go', template: 'db := DBConfig{\n\tUser:     "app",\n\tPassword: "V",\n}', value: 'password', expected: 'DB_PASSWORD' },
  // Java
  { lang: 'java', template: 'private static final String STRIPE_API_KEY = "V";', value: 'stripe', expected: 'STRIPE_API_KEY' },
  { lang: 'java', template: 'private String secret = "V";', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'java', template: 'props.setProperty("mail.smtp.password", "V");', value: 'password', expected: 'SMTP_PASSWORD' },
  // Shell
  { lang: 'shell', template: 'export GITHUB_TOKEN=V', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'shell', template: 'export TOKEN=V', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'shell', template: 'export PORT=V', value: 'stripe', expected: 'STRIPE_SECRET_KEY' },
  { lang: 'shell', template: 'curl -H "Authorization: Bearer V" https://api.github.com/user', value: 'github', expected: 'GITHUB_TOKEN' },
  // JSON
  { lang: 'json', template: '{"api_key": "V"}', value: 'stripe', expected: 'STRIPE_API_KEY', path: 'settings.json' },
  { lang: 'json', template: '{"data": "V"}', value: 'stripe', expected: 'STRIPE_SECRET_KEY', path: 'settings.json' },
  { lang: 'json', template: '{"smtp": {"host": "mail", "password": "V"}}', value: 'password', expected: 'SMTP_PASSWORD', path: 'settings.json' },
  { lang: 'json', template: '{"2fa_secret": "V"}', value: 'password', expected: 'APP_SECRET', path: 'settings.json' },
  // URLs with credentials
  { lang: 'dotenv', template: 'DATABASE_URL=postgres://app:V@db:5432/app', value: 'password', expected: 'DATABASE_PASSWORD', path: '.env.sample' },
  { lang: 'js', template: 'const uri = "mongodb+srv://admin:V@cluster0.ab1cd.mongodb.net/test";', value: 'password', expected: 'MONGODB_PASSWORD' },
  { lang: 'yaml', template: 'redis_url: "redis://:V@cache:6379/0"', value: 'password', expected: 'REDIS_PASSWORD', path: 'config.yml' },
  { lang: 'shell', template: 'psql postgres://user:V@db.internal/app', value: 'password', expected: 'POSTGRES_PASSWORD' },
  { lang: 'shell', template: 'git clone https://x-access-token:V@github.com/o/r.git', value: 'github', expected: 'GITHUB_TOKEN' },
  { lang: 'js', template: 'const feed = "https://bot:V@feeds.example.org/rss";', value: 'password', expected: 'FEED_PASSWORD' },
];
