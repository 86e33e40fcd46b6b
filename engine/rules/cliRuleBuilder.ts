// Builder for rules about one tool's password or token flag (`mysql -pX`, `redis-cli -a X`, `sqlcmd -P X`):
// the regex finds the flag and its value; the validator checks that the value is a literal, that it is quoted
// consistently, and that the flag belongs to that tool (the last known command before it in its segment).
import { commandBefore, isKnownCommand } from '../detect/shellCommand';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { isPassphraseArgument } from '../validators/symbolPassphrase';
import type { ExampleGen, MatchContext, Rule, RuleFamily } from '../types';

/** What a value may be made of on a command line: anything but blanks, quotes and backticks. */
export const ARG_VALUE = '[^\\s"\'`]{1,128}';

/**
 * A flag's value: a shell word, or everything between its quotes (a passphrase of words and blanks,
 * `-p 'granite lantern meadow'`); the validator asks what blanks inside a value are (flagLiteral).
 */
export const FLAG_VALUE = `(?:(?<=["'])[^"'\`\n]{1,128}(?=["'])|${ARG_VALUE})`;

/**
 * Shell characters that end an unquoted word (a value containing one was not written bare). A lone `&` and
 * parentheses inside a word are kept: people paste such passwords unquoted, whatever the shell makes of them.
 */
const SHELL_META = /[;|<>]|&&|^\(/;

/**
 * The value is written as one shell word: quoted with the same quote on both sides (`-p'X'`, `"-pX"`), or
 * bare and followed by a blank, the line end or a shell separator. `flagStart` is where the flag begins.
 */
export function quotedConsistently(ctx: MatchContext, flagStart?: number): boolean {
  const before = ctx.text.charAt(ctx.start - 1);
  const after = ctx.text.charAt(ctx.end);
  if (before === '"' || before === "'") return after === before;
  const outer = flagStart !== undefined ? ctx.text.charAt(flagStart - 1) : '';
  if ((outer === '"' || outer === "'") && after === outer) return true;
  // Inline code in Markdown: `az login -u me -p X` ends at a backtick opened earlier on the line.
  if (after === '`' && quotesBefore(ctx.text, ctx.start, '`') % 2 === 1) return !SHELL_META.test(ctx.text.slice(ctx.start, ctx.end));
  // The last word of a quoted list (`-e "user=u password=X"`): a quote opened earlier in the command closes here.
  if ((after === '"' || after === "'") && quotesBefore(ctx.text, ctx.start, after) % 2 === 1) return !SHELL_META.test(ctx.text.slice(ctx.start, ctx.end));
  if (after !== '' && !/[\s;|&)]/.test(after)) return false;
  return !SHELL_META.test(ctx.text.slice(ctx.start, ctx.end));
}

/** How many `quote` characters stand between the start of the line and `at` (bounded: 400 characters). */
function quotesBefore(text: string, at: number, quote: string): number {
  let n = 0;
  for (let i = at - 1; i >= Math.max(0, at - 400); i--) {
    const c = text.charAt(i);
    if (c === '\n') break;
    if (c === quote) n++;
  }
  return n;
}

export type ValueKind = 'password' | 'token';

export function literalOfKind(value: string, kind: ValueKind): boolean {
  return kind === 'password' ? isLiteralPassword(value) : isLiteralToken(value);
}

/** A flag's literal: blanks inside its quotes only between a passphrase's words, and only for a password (a token is one word). */
export function flagLiteral(value: string, kind: ValueKind): boolean {
  if (/\s/.test(value)) return kind === 'password' && isPassphraseArgument(value);
  return literalOfKind(value, kind);
}

export interface ToolFlagSpec {
  id: string;
  description: string;
  /** Conventional variable for the value (the quick fix's proposed name). */
  envName: string;
  docsUrl: string;
  family?: RuleFamily;
  /** Commands the flag belongs to (each must be known to engine/detect/shellCommand.ts). */
  tools: readonly string[];
  /** Prefilter keywords; default the tool names. Short names need a longer keyword (`az login`). */
  keywords?: string[];
  /** Must match the arguments between the command and the flag (a subcommand such as `login`). */
  subcommand?: RegExp;
  /** Regex source of the flag itself, e.g. `-p`, `-P`, `--pass`. */
  flag: string;
  /** `attached`: `-pX` only; `spaced`: `-p X` only; `either`: both. */
  value: 'attached' | 'spaced' | 'either';
  kind: ValueKind;
  positives(g: ExampleGen): string[];
  negatives(g: ExampleGen): string[];
}

/** A flag starts a word: after a blank, a quote, `[` or `,` (argument lists in code). */
const FLAG_START = '(?<=[\\s"\'\\[,])';

export function toolFlagRule(spec: ToolFlagSpec): Rule {
  for (const t of spec.tools) if (!isKnownCommand(t)) throw new Error(`${spec.id}: ${t} is not a known command`);
  // A spaced value may also be the next element of an exec-form argument list (`["sshpass", "-p", "X"]`,
  // `exec.Command("redis-cli", "-a", "X")`): the flag's closing quote, a comma, the value's opening quote.
  const spaced = `(?:[ \\t]{1,4}|["'][ \\t]{0,2},[ \\t]{0,2}(?=["']))`;
  const gap = spec.value === 'attached' ? '' : spec.value === 'spaced' ? spaced : `(?:${spaced}|)`;
  const pattern = new RegExp(`${FLAG_START}(?:${spec.flag})${gap}["']?(?<secret>${FLAG_VALUE})`);
  const tools = new Set(spec.tools);
  return {
    id: spec.id,
    provider: 'Command line',
    family: spec.family ?? 'generic',
    priority: 'context',
    description: spec.description,
    keywords: spec.keywords ?? [...spec.tools],
    // The flag follows its command on the same command line (continuations included): at most ~700 characters on.
    keywordWindow: { before: 0, after: 760 },
    pattern,
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => {
      if (secret.startsWith('-')) return false;
      const flagStart = flagStartBefore(ctx);
      if (!quotedConsistently(ctx, flagStart) || !flagLiteral(secret, spec.kind)) return false;
      const command = commandBefore(ctx.text, flagStart);
      if (command.command === undefined || !tools.has(command.command)) return false;
      return !spec.subcommand || spec.subcommand.test(command.args);
    },
    envName: spec.envName,
    severity: 'error',
    docsUrl: spec.docsUrl,
    revocationUrl: null,
    revocationNote:
      'Change this password (or revoke the token) at the service the command connects to; pass it from an environment variable, an option file or a prompt instead of the command line, where shell history and process lists keep it.',
    examples: { positives: spec.positives, negatives: spec.negatives },
  };
}

/** Where the flag before a value starts: the last blank, quote, `[` or `,` before it on the line. */
export function flagStartBefore(ctx: MatchContext): number {
  let i = ctx.start - 1;
  const limit = Math.max(0, ctx.start - 40);
  // Skip the quote that opens the value and blanks between the flag and its value (and, in an argument list, the
  // flag's closing quote and the comma: `"-p", "X"`).
  while (i > limit && /["' \t]/.test(ctx.text.charAt(i))) i--;
  if (ctx.text.charAt(i) === ',' && /["']/.test(ctx.text.charAt(i - 1))) for (i -= 2; i > limit && /["' \t]/.test(ctx.text.charAt(i)); i--);
  while (i > limit && !/[\s"'[,]/.test(ctx.text.charAt(i - 1))) i--;
  return i;
}

export interface PositionalSpec {
  id: string;
  description: string;
  envName: string;
  docsUrl: string;
  family?: RuleFamily;
  provider?: string;
  keywords: string[];
  /**
   * Regex source of everything from the command to just before the value (`rabbitmqctl add_user NAME `): the
   * value is a positional argument, so the command's own words say what it is. Bounded quantifiers only.
   */
  lead: string;
  kind: ValueKind;
  /** Case-insensitive command words (`AUTH`, `net use`). */
  ignoreCase?: boolean;
  multiline?: boolean;
  /** The lead must start a word (default true). */
  wordStart?: boolean;
  positives(g: ExampleGen): string[];
  negatives(g: ExampleGen): string[];
}

/** A value written as a command's positional argument: `rabbitmqctl add_user NAME PASSWORD`, `vault login TOKEN`. */
export function positionalRule(spec: PositionalSpec): Rule {
  const flags = (spec.ignoreCase ? 'i' : '') + (spec.multiline ? 'm' : '');
  return {
    id: spec.id,
    provider: spec.provider ?? 'Command line',
    family: spec.family ?? 'generic',
    priority: 'context',
    description: spec.description,
    keywords: spec.keywords,
    keywordWindow: { before: 48, after: 420 },
    pattern: new RegExp(`${spec.wordStart === false ? '' : '(?<![\\w.-])'}${spec.lead}["']?(?<secret>${ARG_VALUE})`, flags),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => !secret.startsWith('-') && quotedConsistently(ctx) && literalOfKind(secret, spec.kind),
    envName: spec.envName,
    severity: 'error',
    docsUrl: spec.docsUrl,
    revocationUrl: null,
    revocationNote: 'Change this password (or revoke the token) at the service the command talks to; read it from a prompt, a file or the environment instead of the command line.',
    examples: { positives: spec.positives, negatives: spec.negatives },
  };
}
