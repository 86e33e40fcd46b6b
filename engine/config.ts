// The project config (`.hush.json`): parsed and validated from text (the caller does the I/O). Every
// problem names the field; a bad config yields errors plus the defaults for what could not be used.
import { maskSecret } from './mask';
import { regexErrorReason, regexSafetyProblem } from './detect/regexSafety';
import type { Severity } from './types';
import { isStoreId, STORE_IDS, type StoreId } from './fix/stores/types';

export const CONFIG_FILE_NAMES = ['.hush.json', 'hush.config.json'];

export interface CustomRuleConfig {
  id: string;
  description: string;
  pattern: string;
  keywords: string[];
  minEntropy?: number;
  envName?: string;
  severity?: Severity;
}

export interface IgnoreEntry {
  fingerprint: string;
  reason: string;
  /** ISO date (YYYY-MM-DD); the entry stops applying after it. */
  expires?: string;
  /** gitignore-style pattern limiting the entry to some paths. */
  path?: string;
}

export interface HushConfig {
  disabledRules: string[];
  /** gitignore-style patterns of paths never scanned (fixtures, vendored code). */
  exclude: string[];
  rules: CustomRuleConfig[];
  ignore: IgnoreEntry[];
  /** Where moved secrets go (`hush fix`, the quick fix); absent: the `.env` file. */
  store?: StoreId;
}

export interface ConfigProblem {
  /** JSON path of the offending field, e.g. `rules[2].pattern`. */
  field: string;
  message: string;
}

export const DEFAULT_CONFIG: HushConfig = Object.freeze({ disabledRules: [], exclude: [], rules: [], ignore: [] }) as HushConfig;

const KNOWN_FIELDS = new Set(['$schema', 'disabledRules', 'exclude', 'rules', 'ignore', 'store']);
const SEVERITIES = new Set<Severity>(['error', 'warning', 'info']);

/** A key as it may be shown: a name as written, anything else (a value pasted as a key) masked. */
function displayKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z_$-]{0,39}$/.test(key) ? key : maskSecret(key);
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

export function parseConfig(text: string): { config: HushConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // Newer engines quote the offending text in the message; keep only the position so no value leaks.
    const where = /position \d+(?: \(line \d+ column \d+\))?/.exec((e as Error).message)?.[0];
    return { config: { ...DEFAULT_CONFIG }, problems: [{ field: '(file)', message: `not valid JSON${where ? ` at ${where}` : ''}` }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { config: { ...DEFAULT_CONFIG }, problems: [{ field: '(file)', message: 'must be a JSON object' }] };
  }
  const obj = raw as Record<string, unknown>;
  const config: HushConfig = { disabledRules: [], exclude: [], rules: [], ignore: [] };

  for (const key of Object.keys(obj)) {
    if (!KNOWN_FIELDS.has(key)) problems.push({ field: displayKey(key), message: `unknown field (known: ${[...KNOWN_FIELDS].join(', ')})` });
  }
  for (const field of ['disabledRules', 'exclude'] as const) {
    if (obj[field] === undefined) continue;
    if (isStringArray(obj[field])) config[field] = obj[field] as string[];
    else problems.push({ field, message: 'must be an array of strings' });
  }
  if (obj.rules !== undefined) {
    if (!Array.isArray(obj.rules)) problems.push({ field: 'rules', message: 'must be an array of rule objects' });
    else
      obj.rules.forEach((r, i) => {
        const rule = validateCustomRule(r, `rules[${i}]`, problems);
        if (rule) config.rules.push(rule);
      });
  }
  if (obj.ignore !== undefined) {
    if (!Array.isArray(obj.ignore)) problems.push({ field: 'ignore', message: 'must be an array of { fingerprint, reason } objects' });
    else
      obj.ignore.forEach((e, i) => {
        const entry = validateIgnore(e, `ignore[${i}]`, problems);
        if (entry) config.ignore.push(entry);
      });
  }
  if (obj.store !== undefined) {
    if (isStoreId(obj.store)) config.store = obj.store;
    else problems.push({ field: 'store', message: `must be one of ${STORE_IDS.join(', ')}` });
  }
  return { config, problems };
}

/** The value as an object, or undefined with a problem saying what it must be. */
function objectAt(v: unknown, at: string, mustBe: string, problems: ConfigProblem[]): Record<string, unknown> | undefined {
  if (typeof v === 'object' && v !== null) return v as Record<string, unknown>;
  problems.push({ field: at, message: mustBe });
  return undefined;
}

function validateCustomRule(r: unknown, at: string, problems: ConfigProblem[]): CustomRuleConfig | undefined {
  const o = objectAt(r, at, 'must be an object', problems);
  if (!o) return undefined;
  const before = problems.length;
  if (typeof o.id !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(o.id)) problems.push({ field: `${at}.id`, message: 'must be a kebab-case string' });
  if (typeof o.pattern !== 'string') problems.push({ field: `${at}.pattern`, message: 'must be a regular expression string with a (?<secret>…) group' });
  else {
    const unsafe = unsafePatternReason(o.pattern);
    if (unsafe) problems.push({ field: `${at}.pattern`, message: unsafe });
  }
  if (o.keywords !== undefined && !(isStringArray(o.keywords) && o.keywords.every((k) => k.length > 0 && /^[\x00-\x7f]+$/.test(k))))
    problems.push({ field: `${at}.keywords`, message: 'must be an array of non-empty ASCII strings' });
  if (o.minEntropy !== undefined && (typeof o.minEntropy !== 'number' || o.minEntropy < 0 || o.minEntropy > 8)) problems.push({ field: `${at}.minEntropy`, message: 'must be a number between 0 and 8' });
  if (o.severity !== undefined && !SEVERITIES.has(o.severity as Severity)) problems.push({ field: `${at}.severity`, message: 'must be error, warning or info' });
  if (o.envName !== undefined && (typeof o.envName !== 'string' || !/^[A-Z_][A-Z0-9_]*$/.test(o.envName))) problems.push({ field: `${at}.envName`, message: 'must be an UPPER_SNAKE_CASE name' });
  if (problems.length > before) return undefined;
  return {
    id: o.id as string,
    description: typeof o.description === 'string' ? o.description : (o.id as string),
    pattern: o.pattern as string,
    keywords: (o.keywords as string[] | undefined) ?? [],
    minEntropy: o.minEntropy as number | undefined,
    envName: o.envName as string | undefined,
    severity: o.severity as Severity | undefined,
  };
}

/** Why a user pattern cannot be run safely, or undefined when it can (see regexSafety.ts for the proof). */
export function unsafePatternReason(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'gd');
  } catch (e) {
    return `is not a valid regular expression: ${regexErrorReason(e)}`;
  }
  if (!/\(\?<secret>/.test(pattern)) return 'must contain a named group (?<secret>…) around the secret value';
  return regexSafetyProblem(pattern, '', { strict: true });
}

function validateIgnore(e: unknown, at: string, problems: ConfigProblem[]): IgnoreEntry | undefined {
  const o = objectAt(e, at, 'must be an object with fingerprint and reason', problems);
  if (!o) return undefined;
  const before = problems.length;
  if (typeof o.fingerprint !== 'string' || !/^[a-z0-9-]+:[0-9a-f]{16}$/.test(o.fingerprint))
    problems.push({ field: `${at}.fingerprint`, message: 'must be a fingerprint like rule-id:0123456789abcdef (never a raw value)' });
  if (typeof o.reason !== 'string' || o.reason.trim() === '') problems.push({ field: `${at}.reason`, message: 'must say why the value is ignored' });
  if (o.expires !== undefined && (typeof o.expires !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(o.expires))) problems.push({ field: `${at}.expires`, message: 'must be a date like 2026-12-31' });
  if (o.path !== undefined && typeof o.path !== 'string') problems.push({ field: `${at}.path`, message: 'must be a string' });
  if (problems.length > before) return undefined;
  return { fingerprint: o.fingerprint as string, reason: o.reason as string, expires: o.expires as string | undefined, path: o.path as string | undefined };
}
