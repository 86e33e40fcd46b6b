// Secrets in the code and commands of data-science tools, where the generic assignment rule sees no assignment
// (rw-dev25): DVC's `dvc remote modify <remote> password <value>`, SAS macro variables (`%let api_token = …;`),
// Stata's `odbc … password("…")`, Airflow's `Variable.get("…_password", default_var="…")`, and Terraform resources
// that store a literal in a secret store (`databricks_secret` `string_value`, `azurerm_key_vault_secret` `value`).
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { readSecretName } from '../validators/secretName';
import { passwordVerdict } from '../validators/secretValue';
import { humanPassword } from './humanPasswords';
import type { MatchContext, Rule } from '../types';
import { lineStartNear } from '../detect/lineStartNear';

const base = {
  provider: 'Data-science tools',
  family: 'generic',
  priority: 'context',
  skipPlaceholderCheck: false,
  severity: 'error',
  revocationUrl: null,
} as const;

/** A value under a secret's name: a password-like literal for a password, a generated-looking one for a key or token. */
function namedLiteral(name: string, value: string): boolean {
  const reading = readSecretName(name);
  if (reading === undefined) return false;
  if (reading.kind === 'password') return isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;
  return isLiteralToken(value, 16);
}

/** DVC remote options that hold a credential (the rest are URLs, regions, user names, flags). */
const DVC_SECRET_OPTION = 'password|secret_access_key|account_key|sas_token|connection_string|client_secret|gdrive_client_secret|token|oss_key_secret|key_secret';

/** Dash's `VALID_USERNAME_PASSWORD_PAIRS = {` (or `[[`) opened before the pair, and not closed between. */
function insideDashPairs(ctx: MatchContext): boolean {
  const from = Math.max(0, ctx.start - 1500);
  const before = ctx.text.slice(from, ctx.start);
  const at = before.lastIndexOf('USERNAME_PASSWORD_PAIRS');
  if (at < 0) return false;
  return /^[ \t]*(?::[^=\r\n]{0,40})?=[ \t]*[{[][^}=]*$/.test(before.slice(at + 'USERNAME_PASSWORD_PAIRS'.length)) && !/\][ \t]*\]|\][ \t]*$/.test(before.slice(at));
}

/** An R vector of passwords opened on the same line before the value (`password = c("…", "…")`, shinymanager's credentials). */
function insideRPasswordVector(ctx: MatchContext): boolean {
  const before = ctx.text.slice(lineStartNear(ctx.text, ctx.start, ctx.start - 600), ctx.start);
  return /\b(?:password|passwords|passwd|pwd)[ \t]*(?:=|<-)[ \t]*c\((?:[ \t]*"[^"\r\n]{0,128}"[ \t]*,)*[ \t]*"$/i.test(before);
}

const chosenPassword = (value: string): boolean => isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;

export const dataScienceCodeRules: Rule[] = [
  {
    ...base,
    id: 'dvc-remote-modify-secret',
    description: 'Password or key given to `dvc remote modify` (stored in .dvc/config or config.local)',
    keywords: ['dvc remote modify'],
    pattern: new RegExp(`\\bdvc[ \\t]+remote[ \\t]+modify[ \\t]+(?:--?[\\w-]{1,12}[ \\t]+){0,3}[\\w.-]{1,64}[ \\t]+(?<key>${DVC_SECRET_OPTION})[ \\t]+(['"]?)(?<secret>[^\\s'"]{1,512})\\2(?=\\s|$)`),
    validate: (value: string, ctx: MatchContext) => namedLiteral(ctx.keyName ?? '', value),
    envName: 'DVC_REMOTE_PASSWORD',
    docsUrl: 'https://dvc.org/doc/command-reference/remote/modify',
    revocationNote: 'Change the credential on the storage side, and give it with `dvc remote modify --local` from a secret store, never in a committed script.',
    examples: {
      positives: (g) => [
        `dvc remote modify --local storage password ${g.s(humanPassword(g).replace(/[$*?!#]/g, '_'))}\n`,
        `dvc remote modify myremote secret_access_key '${g.s(g.base64(40).replace(/[+/=]/g, 'x'))}'\n`,
      ],
      negatives: (g) => ['dvc remote modify --local storage user dvc-bot\n', 'dvc remote modify --local storage password "$DVC_PASSWORD"\n', `dvc remote modify storage token ${g.lower(5)}\n`],
    },
  },
  {
    ...base,
    id: 'sas-macro-variable-secret',
    description: 'Password or token in a SAS macro variable (`%let api_token = …;`)',
    keywords: ['%let'],
    pattern: /%let[ \t]+(?<key>[A-Za-z_]\w{0,31})[ \t]*=[ \t]*(['"]?)(?<secret>[^\s;'"&%]{4,256})\2[ \t]*;/i,
    validate: (value: string, ctx: MatchContext) => namedLiteral(ctx.keyName ?? '', value),
    envName: 'SAS_API_TOKEN',
    docsUrl: 'https://documentation.sas.com/doc/en/pgmsascdc/9.4_3.5/mcrolref/p1nypovnwon4uyn159rst8pgzqrl.htm',
    revocationNote: 'Rotate the credential, and read it in SAS from the environment (`%sysget`) or an authentication domain instead of the autoexec.',
    examples: {
      positives: (g) => [`%let api_token = ${g.s(g.hex(40))};\n`, `%let db_pass = "${g.s(humanPassword(g).replace(/[&%]/g, '#'))}";\n`],
      negatives: (g) => [`%let model_seed = ${g.digits(5)};\n`, '%let api_token = %sysget(API_TOKEN);\n', '%let db_pass = &dbpass;\n'],
    },
  },
  {
    ...base,
    id: 'stata-odbc-password',
    description: 'Password in Stata\'s `odbc load|exec … password("…")`',
    keywords: ['odbc'],
    pattern: /\bodbc[ \t]+(?:load|exec|insert|sqlfile|query|describe|list)\b[^\r\n]{0,400}?[ \t,]password\("(?<secret>[^"\r\n]{1,128})"\)/,
    validate: (value: string) => isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined,
    envName: 'ODBC_PASSWORD',
    docsUrl: 'https://www.stata.com/manuals/dodbc.pdf',
    revocationNote: 'Change the database password, and keep it in the DSN or a file outside the do-file.',
    examples: {
      positives: (g) => [
        `odbc load, exec("SELECT * FROM wave3") dsn("SurveyDB") user("stata") password("${g.s(humanPassword(g))}")\n`,
        `odbc exec("DELETE FROM tmp"), dsn("DW") user("etl") password("${g.s(g.alnum(14))}")\n`,
      ],
      negatives: () => ['odbc load, exec("SELECT 1") dsn("SurveyDB") user("stata") password("`pw\'")\n', 'odbc list\n'],
    },
  },
  {
    ...base,
    id: 'airflow-variable-default-secret',
    description: 'Literal default of an Airflow Variable named for a secret (`Variable.get("…_password", default_var="…")`)',
    keywords: ['variable.get'],
    pattern: /\bVariable\.get\([ \t]*["'](?<key>[\w.-]{1,80})["'][ \t]*,[ \t]*(?:default_var[ \t]*=[ \t]*)?(["'])(?<secret>[^"'\r\n]{1,256})\2/,
    validate: (value: string, ctx: MatchContext) => namedLiteral(ctx.keyName ?? '', value),
    envName: 'AIRFLOW_VAR_SECRET',
    docsUrl: 'https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/variables.html',
    revocationNote: 'Rotate the credential, and keep it only in the Airflow Variable or a secrets backend (no literal default in the DAG).',
    examples: {
      positives: (g) => [`PARTNER_SFTP_PASSWORD = Variable.get("partner_sftp_password", default_var="${g.s(humanPassword(g))}")\n`, `token = Variable.get('slack_token', '${g.s(g.alnum(32))}')\n`],
      negatives: () => [
        'PARTNER_API_KEY = Variable.get("partner_api_key", default_var=None)\n',
        'region = Variable.get("aws_region", default_var="eu-west-1")\n',
        'pw = Variable.get("db_password", default_var="")\n',
      ],
    },
  },
  {
    ...base,
    id: 'terraform-secret-store-literal',
    description: 'Literal value written to a secret store by Terraform (`databricks_secret` `string_value`, `azurerm_key_vault_secret` `value`)',
    keywords: ['databricks_secret', 'azurerm_key_vault_secret', 'google_secret_manager_secret_version', 'aws_secretsmanager_secret_version'],
    pattern:
      /\bresource[ \t]+"(?:databricks_secret|azurerm_key_vault_secret|google_secret_manager_secret_version|aws_secretsmanager_secret_version)"[ \t]+"[\w-]{1,64}"[ \t]*\{[^{}]{0,800}?\b(?:string_value|value|secret_data|secret_string)[ \t]*=[ \t]*"(?<secret>[^"$\r\n]{4,256})"/,
    validate: (value: string) => isLiteralToken(value, 16) || (isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined),
    envName: 'TF_VAR_SECRET',
    docsUrl: 'https://registry.terraform.io/providers/databricks/databricks/latest/docs/resources/secret',
    revocationNote: 'Rotate the secret, and pass it to Terraform as a sensitive variable (TF_VAR_…) or read it from the store, not as a literal in .tf files.',
    examples: {
      positives: (g) => [
        `resource "databricks_secret" "snowflake" {\n  scope        = databricks_secret_scope.ml.name\n  key          = "snowflake-password"\n  string_value = "${g.s(humanPassword(g))}"\n}\n`,
        `resource "azurerm_key_vault_secret" "db" {\n  name         = "db-password"\n  value        = "${g.s(g.alnum(24))}"\n  key_vault_id = azurerm_key_vault.main.id\n}\n`,
      ],
      negatives: () => [
        'resource "databricks_secret" "snowflake" {\n  key          = "snowflake-password"\n  string_value = var.snowflake_password\n}\n',
        'resource "azurerm_key_vault_secret" "db" {\n  name  = "db-password"\n  value = "${random_password.db.result}"\n}\n',
      ],
    },
  },
  {
    ...base,
    id: 'dash-auth-password-pairs',
    description: "Password in Dash's `VALID_USERNAME_PASSWORD_PAIRS` (dash-auth BasicAuth users)",
    keywords: ['username_password_pairs'],
    keywordWindow: { before: 0, after: 1500 },
    pattern: /["'][^"'\s]{1,64}["'][ \t]*[:,][ \t]*["'](?<secret>[^"'\r\n]{1,128})["']/,
    validate: (value: string, ctx: MatchContext) => insideDashPairs(ctx) && chosenPassword(value),
    envName: 'DASH_AUTH_PASSWORD',
    docsUrl: 'https://dash.plotly.com/authentication',
    revocationNote: "Change the passwords, and load the pairs from a secret store or the environment instead of the app's source.",
    examples: {
      positives: (g) => [
        `VALID_USERNAME_PASSWORD_PAIRS = {\n    "analyst": "${g.s(humanPassword(g))}",\n    "cfo": "${g.s(humanPassword(g))}",\n}\n`,
        `VALID_USERNAME_PASSWORD_PAIRS = [["hello", "${g.s(humanPassword(g))}"]]\n`,
      ],
      negatives: () => ['VALID_USERNAME_PASSWORD_PAIRS = {"analyst": os.environ["DASH_PW"]}\n', 'VALID_USERNAME_PASSWORD_PAIRS = load_pairs()\nconfig = {"theme": "darkly", "title": "Forecast"}\n'],
    },
  },
  {
    ...base,
    id: 'r-password-vector',
    description: 'Passwords in an R vector (`password = c("…", "…")`, as in shinymanager\'s credentials data frame)',
    keywords: ['= c(', '<- c(', '=c(', '<-c('],
    keywordWindow: { before: 40, after: 600 },
    pattern: /"(?<secret>[^"\r\n]{1,128})"/,
    validate: (value: string, ctx: MatchContext) => insideRPasswordVector(ctx) && chosenPassword(value),
    envName: 'SHINY_PASSWORD',
    docsUrl: 'https://datastorm-open.github.io/shinymanager/',
    revocationNote: "Change the passwords, and keep the credentials in shinymanager's encrypted SQLite store or the environment.",
    examples: {
      positives: (g) => [
        `passwords <- c("${g.s(humanPassword(g))}")\n`,
        `credentials <- data.frame(\n  user = c("analyst", "manager"),\n  password = c("${g.s(humanPassword(g))}", "${g.s(humanPassword(g))}"),\n  stringsAsFactors = FALSE\n)\n`,
      ],
      negatives: () => [
        'credentials <- data.frame(\n  user = c("analyst", "manager"),\n  password = c(Sys.getenv("PW1"), Sys.getenv("PW2"))\n)\n',
        'labels = c("password", "username", "Password123 is weak")\n',
      ],
    },
  },
];
