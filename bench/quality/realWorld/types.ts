// Shapes of the real-world-shaped corpora: whole files as people write them (READMEs, runbooks, CI files,
// shell scripts, configs, tickets), each with its secrets marked by category. Values are generated from a
// seed at run time; nothing secret-looking is committed.
import type { ExampleGen } from '../../../engine/types';

/**
 * What kind of secret a label is, for the per-category rows (targets are set per category):
 * - `password`: a password or passphrase, human-made or generated, under any name or in any syntax;
 * - `token`: a generic token, API key or secret without a provider prefix the label can name;
 * - `provider`: a provider credential in its documented format (`label` names the provider);
 * - `connection-string`: the password part of a URL or connection string (`postgres://u:PW@h`, `Pwd=PW;`);
 * - `http-auth`: an `Authorization` header value, a Basic blob, a bearer token, a session cookie;
 * - `private-key`: a private key block or its base64 body.
 */
export type SecretCategory = 'password' | 'token' | 'provider' | 'connection-string' | 'http-auth' | 'private-key';

export const SECRET_CATEGORIES: readonly SecretCategory[] = ['password', 'token', 'provider', 'connection-string', 'http-auth', 'private-key'];

/** Marks spans in a document's text while it is written. */
export interface Marker {
  /** Marks `value` as a secret of this category; `label` is free text for the details file (a provider's name). */
  secret(category: SecretCategory, value: string, label?: string): string;
  /**
   * Marks a value that is neither a positive nor a negative (a default credential such as `admin`, or a value
   * the labelling policy leaves open): findings on it are not scored either way. Use sparingly.
   */
  unscored(value: string): string;
  /**
   * Marks a value written on purpose as a negative (a placeholder, a hash, a public id): the text is unchanged
   * and the span is only counted, so a set can show it holds as many negatives as positives. Unmarked text is
   * negative all the same.
   */
  negative(value: string): string;
}

export interface RealWorldDoc {
  /** Unique within its set, kebab-case, says what the file is (`runbook-mysql-restore`). */
  id: string;
  /** Which issue categories the document exercises (for the per-area rows). */
  areas: readonly RealWorldArea[];
  /** Path as it would sit in a repository (file kind matters to detectors: `docs/x.md`, `.gitlab-ci.yml`). */
  path: string;
  /** The whole file. Every secret goes through `m.secret`; every other value in the text must not be a secret. */
  render(g: ExampleGen, m: Marker): string;
}

export type RealWorldArea = 'command-line' | 'prose' | 'defaults-in-code' | 'http-auth' | 'config-syntax' | 'code' | 'credential-file' | 'logs-and-output' | 'precision';

export interface RealWorldSet {
  id: string;
  /** Fixed seed: every run scores the same texts. */
  seed: number;
  docs: readonly RealWorldDoc[];
}
