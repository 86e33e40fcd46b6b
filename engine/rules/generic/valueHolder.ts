// Values held by a key that is not itself the secret's name: defaults (`getenv("PW", default="…")`,
// `variable "db_password" { default = "…" }`, `.unwrap_or("…")`, `fromMaybe "…" <$> lookupEnv "PW"`,
// `| default "…"` in Helm), `value` next to a `key`/`name` (Postman, Kubernetes env lists, app.json,
// `<name>…</name><value>…</value>`) and property lists (`<key>ApiToken</key><string>…</string>`). The grammar
// (engine/detect/keyedSyntax.ts) says which name the value belongs to; the name and value checks are the
// generic rule's.
import { DEFAULT_HOLDERS, VALUE_HOLDERS, holderNames, keyedPatternSource, readKeyed, valueSource } from '../../detect/keyedSyntax';
import { allowsUnquotedValues, fileKind, genericRulesApply, isApiExamples } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { GENERIC_SECRET_NOTE } from '../revocationNotes';
import { madeUpPassword } from '../humanPasswords';
import { readsAsLog } from '../logOutput';

const HOLDERS = [...DEFAULT_HOLDERS, ...VALUE_HOLDERS];

function validateHeldValue(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (!ctx.keyName || value.length < 4 || !HOLDERS.includes(ctx.keyName)) return false;
  if (kind === 'lockfile' || isApiExamples(ctx.path)) return false;
  // Spring Boot's /actuator/env dump (`"value": …, "origin": …`) is a log of values: logOutput.ts reports it where it
  // reads the file as a log; saved elsewhere (`support/env.json`) it is read here.
  if (/^["']?,\s{0,4}"origin"/.test(ctx.text.slice(ctx.end, ctx.end + 16)) && readsAsLog(ctx.path, ctx.text)) return false;
  const kv = readKeyed(ctx.text, ctx.keyName, ctx.start, ctx.end);
  if (!kv) return false;
  if (kv.syntax === 'element') {
    if (!ctx.text.startsWith('</', ctx.end) || ctx.text.charAt(kv.keyStart - 1) !== '<') return false;
  } else if (kv.key === 'string') return false;
  else if (!['assignment', 'setter', 'space'].includes(kv.syntax)) return false;
  // `| default "v"` (Helm, Jinja) and `fromMaybe "v"` (Haskell): blank-separated, quoted, never in prose.
  if (kv.syntax === 'space' && (!kv.quote || !(kv.key === 'fromMaybe' || (/^default$/.test(kv.key) && /\|\s{0,4}$/.test(ctx.text.slice(Math.max(0, kv.keyStart - 8), kv.keyStart)))))) return false;
  // A literal: quoted, or unquoted where the format has no code (YAML, .tf variables, XML text).
  if (!kv.quote && kv.syntax !== 'element' && !allowsUnquotedValues(ctx.path)) return false;
  if (!kv.quote && /^[([]/.test(ctx.text.charAt(ctx.end))) return false;
  const strict = kind === 'test' || kind === 'minified' || kind === 'example';
  // SQL `SET value = 'v' WHERE key = 'k'`: the statement's own WHERE names the value, not a row or statement before it.
  // Other conditions may come first (Relativity's `WHERE Section = 'kCura.Notification' AND Name = 'SMTPPassword'`).
  const where = /^["']?[ \t]{1,4}WHERE[ \t]{1,4}(?:[`"[]?\w{1,40}[`"\]]?[ \t]{0,2}=[ \t]{0,2}'[^'\n]{0,80}'[ \t]{1,4}AND[ \t]{1,4}){0,3}[`"[]?(?:key|name)[`"\]]?[ \t]{0,2}=[ \t]{0,2}N?'([\w.:-]{1,80})'/i.exec(
    ctx.text.slice(ctx.end, ctx.end + 240),
  );
  for (const name of where ? [where[1]!] : holderNames(ctx.text, kv.key, kv.keyStart, ctx.end)) {
    const last = name.split(/[.:/]/).filter(Boolean).slice(-2).join('.');
    const reading = readSecretName(last.replace(/^-+/, ''));
    if (!reading) continue;
    if (kind === 'example' && reading.kind === 'password') return false;
    // In a config file (a Terraform variable's or a CloudFormation parameter's default) a value held for the
    // password's own name is data, so words run together count as the passphrase set there (`otterfalcon`).
    const compoundWords = kind === 'config' && reading.kind === 'password' && /(?:password|passwd|pwd|passphrase|pass|pw)$/i.test(last);
    const verdict = namedValueVerdict(value, name, reading, { strict, quote: kv.quote, compoundWords });
    return verdict === undefined;
  }
  // An SSM parameter typed `SecureString` (Terraform's `aws_ssm_parameter`) holds a secret whatever its path's name
  // (`/hotel/apaleo/webhook_hmac`): a generated value counts, as under a token's name.
  const block = kv.key === 'value' && kv.quote ? ctx.text.slice(Math.max(0, kv.keyStart - 300), kv.keyStart) : '';
  if (block.includes('"SecureString"') && SECURE_STRING_TYPE.test(block)) return namedValueVerdict(value, 'secure_string', { kind: 'token', word: 'token' }, { strict: true, quote: kv.quote }) === undefined;
  return false;
}

/** The parameter's `type = "SecureString"` earlier in the same block (no brace between). */
const SECURE_STRING_TYPE = /\btype[ \t]{0,8}=[ \t]{0,4}"SecureString"[^{}]{0,200}$/;

export const secretValueHolderRule: Rule = {
  id: 'generic-secret-value',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password or secret given as the value or default of a secret-like name',
  // `value` and `default` are among the commonest words in code: only their forms before a separator.
  keywords: [
    'value"',
    "value'",
    'value:',
    'value =',
    'value=',
    'value>',
    'value\\"',
    'default"',
    "default'",
    'default:',
    'default ',
    'default=',
    'default(',
    'defaultvalue',
    'default_value',
    'unset',
    'unwrap_or',
    'getorelse',
    'orelse',
    'or_else',
    'frommaybe',
    'fallback',
    'string>',
  ],
  // `ParameterValue` starts 9 characters before its keyword `value"`.
  keywordWindow: { before: 10, after: 300 },
  pattern: new RegExp(keyedPatternSource(HOLDERS.join('|'), valueSource(3, 200), { head: 0, tail: 0, boundary: 'A-Za-z0-9_$', lead: '[dDuUgGoOfFvVsP]' })),
  appliesToPath: genericRulesApply,
  validate: validateHeldValue,
  skipPlaceholderCheck: true,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: GENERIC_SECRET_NOTE,
  examples: {
    positives: (g) => {
      const human = () => madeUpPassword(g, 3, ['!', '#', '+', '%']);
      return [
        `variable "db_password" {\n  type      = string\n  default   = "${g.s(human())}"\n}`,
        `DBPassword:\n  Type: String\n  NoEcho: true\n  Default: ${g.s(human())}\n`,
        `{ "key": "password", "value": "${g.s(human())}", "type": "string" }`,
        `env:\n  - name: API_TOKEN\n    value: "${g.s(g.alnum(32))}"\n`,
        `p.add_argument("--password", default="${g.s(human())}")`,
        `  ADMIN_PASSWORD: z.string().default('${g.s(human())}'),`,
        `pw <- Sys.getenv("WAREHOUSE_PW", unset = "${g.s(human())}")`,
        `admin_password: env::var("ADMIN_PASSWORD").unwrap_or_else(|_| String::from("${g.s(human())}")),`,
        `dbPass <- fromMaybe "${g.s(human())}" <$> lookupEnv "PRICING_DB_PASS"`,
        `  db-password: {{ .Values.db.password | default "${g.s(human())}" | quote }}`,
        `<key>ApiToken</key>\n\t<string>${g.s(g.alnum(40))}</string>`,
        `<Password>\n  <Value>${g.s(human())}</Value>\n</Password>`,
        `  { "ParameterKey": "PartnerApiKey", "ParameterValue": "${g.s(g.alnum(40))}" },`,
        `{ "Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "API_TOKEN", "Value": "${g.s(g.alnum(32))}" }`,
        `UPDATE settings SET value = '${g.s(human())}' WHERE key = 'smtp_password';`,
        `UPDATE EDDS.eddsdbo.InstanceSetting SET Value = '${g.s(human())}' WHERE Section = 'kCura.Notification' AND Name = 'SMTPPassword';`,
        // An Azure DevOps release export: the value's own key names it, not the environment's `name` above.
        `{\n  "name": "Production",\n  "variables": {\n    "WebDeployPassword": { "value": "${g.s(human())}" }\n  }\n}`,
        // A Jenkins job's string parameter, and a Groovy map of header name and value.
        `<hudson.model.StringParameterDefinition>\n  <name>SFTP_PASSWORD</name>\n  <defaultValue>${g.s(human())}</defaultValue>\n</hudson.model.StringParameterDefinition>`,
        `customHeaders: [[name: 'X-Hook-Secret', value: '${g.s(g.hex(40))}', maskValue: true]]`,
        `resource "aws_ssm_parameter" "webhook_hmac" {\n  name  = "/hotel/webhook_hmac"\n  type  = "SecureString"\n  value = "${g.s(g.alnum(32))}"\n}`,
        // A Nessus scan policy's credential preference.
        `<item><pluginName>Login configurations</pluginName><preferenceName>SMB password :</preferenceName><selectedValue>${g.s(human())}</selectedValue></item>`,
      ];
    },
    negatives: (g) => [
      `{ "key": "username", "value": "${g.lower(8)}" }`,
      `<item><pluginName>SSH settings</pluginName><preferenceName>SSH user name :</preferenceName><selectedValue>${g.lower(8)}</selectedValue></item>`,
      `variable "region" {\n  default = "eu-west-1"\n}`,
      'p.add_argument("--password", default=None)',
      'p.add_argument("--password", default="changeme")',
      `{ "key": "password", "value": "{{password}}" }`,
      `<key>CFBundleName</key>\n\t<string>Acme</string>`,
      `  { "ParameterKey": "VpcId", "ParameterValue": "vpc-${g.hex(17)}" },`,
      'const value = input.value;',
      `resource "aws_ssm_parameter" "region" {\n  name  = "/hotel/region"\n  type  = "String"\n  value = "${g.alnum(32)}"\n}`,
      `resource "aws_ssm_parameter" "hmac" {\n  name  = "/hotel/webhook_hmac"\n  type  = "SecureString"\n  value = var.webhook_hmac\n}`,
      `resource "aws_ssm_parameter" "hmac" {\n  type  = "SecureString"\n  value = "changeme"\n}`,
      `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: db, key: password }\n`,
      `UPDATE settings SET value = '********' WHERE key = 'smtp_password';\nUPDATE settings SET value = '${g.hex(64)}' WHERE key = 'install_checksum';`,
      // The row before names a password; this row's own WHERE names an identifier.
      `UPDATE s.InstanceSetting SET Value = 'x' WHERE Section = 'mail' AND Name = 'SMTPPassword';\nUPDATE s.InstanceSetting SET Value = '${g.uuid()}' WHERE Section = 'core' AND Name = 'InstanceIdentifier';`,
      `{\n  "name": "DB_PASSWORD",\n  "variables": {\n    "Region": { "value": "westeurope" }\n  }\n}`,
      `<hudson.model.PasswordParameterDefinition>\n  <name>ZIP_PASSWORD</name>\n  <defaultValue>{${g.base64(84)}=}</defaultValue>\n</hudson.model.PasswordParameterDefinition>`,
    ],
  },
};
