// Rust command-line structs (clap's derive, structopt) giving an option a default in its attribute:
// `#[arg(long, env = "SYNC_TOKEN", default_value = "…")] token: String`. The secret's name is the field under the
// attribute, or the attribute's own `env` / `long` name; the assignment rules see neither beside the value.
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** The attribute's end, more attributes or doc comments, then the field's name (`pub api_token: String`). */
const FIELD_AFTER = /^"\)?[^\]\n]{0,200}\][ \t]{0,8}\r?\n(?:[ \t]{0,16}(?:#\[[^\n]{0,200}\]|\/\/\/[^\n]{0,200})\r?\n){0,4}[ \t]{0,16}(?:pub(?:\([a-z]{1,10}\))?[ \t]{1,4})?([A-Za-z_]\w{0,60})[ \t]{0,2}:/;

/** Names the attribute gives the option before the value: `env = "NAME"`, `long = "name"`. */
const ATTRIBUTE_NAMES = /\b(?:env|long)[ \t]{0,2}=[ \t]{0,2}"([\w-]{1,60})"/g;

function optionNames(text: string, start: number, end: number): string[] {
  const attributeStart = text.lastIndexOf('#[', start);
  const names: string[] = [];
  const field = FIELD_AFTER.exec(text.slice(end, end + 700));
  if (field) names.push(field[1]!);
  if (attributeStart >= 0 && start - attributeStart < 400) for (const m of text.slice(attributeStart, start).matchAll(ATTRIBUTE_NAMES)) names.push(m[1]!);
  return names;
}

function validateClapDefault(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose') return false;
  for (const name of optionNames(ctx.text, ctx.start, ctx.end)) {
    const reading = readSecretName(name.replace(/^-+/, ''));
    if (reading) return namedValueVerdict(value, name, reading, { quote: '"', strict: kind === 'test' }) === undefined;
  }
  return false;
}

export const clapDefaultRule: Rule = {
  id: 'rust-cli-option-secret-default',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: "Secret given as a Rust command-line option's default (clap `#[arg(default_value = …)]`, structopt)",
  keywords: ['default_value'],
  keywordWindow: { before: 320, after: 240 },
  pattern: /#\[(?:arg|clap|structopt)\([^\]\n]{0,300}?\bdefault_value(?:_t)?[ \t]{0,2}=[ \t]{0,2}(?:String::from\()?"(?<secret>[^"\\\n]{3,200})"/,
  validate: validateClapDefault,
  envName: 'APP_TOKEN',
  severity: 'warning',
  docsUrl: 'https://docs.rs/clap/latest/clap/_derive/index.html#arg-attributes',
  revocationUrl: null,
  revocationNote: 'Change the password or token where it is used; leave the option without a default and take it from `env = …` or a prompt.',
  examples: {
    positives: (g) => [
      `    #[arg(long, env = "SYNC_TOKEN", default_value = "${g.s(g.alnum(32))}")]\n    pub token: String,`,
      `    /// Admin password\n    #[arg(long, default_value = "${g.s(`${g.pick(['Harbor', 'Copper'])}&${g.alnum(6)}^${g.digits(2)}`)}")]\n    pub password: String,`,
      `    #[structopt(long, default_value_t = String::from("${g.s(g.hex(40))}"))]\n    api_key: String,`,
    ],
    negatives: (g) => [
      `    #[arg(long, env = "SYNC_TOKEN", default_value = "")]\n    pub token: String,`,
      `    #[arg(long, default_value = "${g.lower(8)}")]\n    pub user: String,`,
      `    #[arg(long, default_value = "https://sync.example.org")]\n    pub endpoint: String,`,
      '    #[arg(long, default_value = "changeme")]\n    pub password: String,',
    ],
  },
};
