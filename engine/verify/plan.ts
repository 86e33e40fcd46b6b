// Turns a finding into the exact request its verifier sends (pure: no network here). The other values the
// request needs come from the credential's own parts when the engine found them, else from the text next to
// the secret. What the user confirms is built from the same template with every secret shown masked.
import { maskSecret } from '../mask';
import type { NotCheckable, PlannedRequest, VerifierInput, VerifierSpec } from './types';
import { verifierFor } from './verifiers';

export interface PlanInput {
  ruleId: string;
  fingerprint: string;
  /** The secret value (stays in memory: the request carries it, nothing else does). */
  secret: string;
  /** The finding's masked form (the public prefix kept); default maskSecret(secret). */
  masked?: string;
  /** The scanned text and the secret's offsets in it, for inputs found next to the secret. */
  text?: string;
  start?: number;
  end?: number;
  /** Other parts of a multi-part credential found by the engine, by part id (Finding.related). */
  parts?: Readonly<Record<string, string>>;
}

const DEFAULT_REACH = 600;
const DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** What a URL template value may hold: no encoding is needed and no URL structure can be injected. */
const URL_SAFE = /^[A-Za-z0-9._~:@/+-]+$/;
const HEADER_SAFE = /^[\x20-\x7e]*$/;

export function isNotCheckable(plan: PlannedRequest | NotCheckable): plan is NotCheckable {
  return 'notCheckable' in plan;
}

/** The request that checks this finding, or why it cannot be checked. */
export function planCheck(input: PlanInput): PlannedRequest | NotCheckable {
  const spec = verifierFor(input.ruleId);
  if (!spec) return { notCheckable: `Hush has no validity check for ${input.ruleId}` };
  return planWith(spec, input);
}

/** planCheck with the verifier given (tests of the planning rules use their own). */
export function planWith(spec: VerifierSpec, input: PlanInput): PlannedRequest | NotCheckable {
  const values = new Map<string, string>([['secret', input.secret]]);
  const shown = new Map<string, string>([['secret', input.masked ?? maskSecret(input.secret)]]);
  for (const need of spec.needs ?? []) {
    const value = inputValue(need, input);
    if (value === undefined) {
      if (need.optional) continue;
      return { notCheckable: `the check needs the ${need.label}${need.source === 'nearby' ? ` within ${need.reach ?? DEFAULT_REACH} characters of the secret` : ''}` };
    }
    values.set(need.name, value);
    shown.set(need.name, need.public ? value : maskSecret(value));
  }
  for (const [name, value] of values) if (!HEADER_SAFE.test(value)) return { notCheckable: `the ${name === 'secret' ? 'secret' : name} holds characters no request can carry` };

  for (const name of templateNames(hostTemplate(spec.url))) if (!DNS_LABEL.test(values.get(name) ?? '')) return { notCheckable: `the ${name} next to the secret is not a host name` };
  for (const name of templateNames(spec.url)) if (!URL_SAFE.test(values.get(name) ?? '')) return { notCheckable: `the ${name === 'secret' ? 'secret' : name} cannot be put in the URL safely` };

  const url = fill(spec.url, values);
  if (!url || !url.startsWith('https://')) return { notCheckable: `the check for ${spec.provider} needs a value that was not found` };
  const headers: Record<string, string> = {};
  for (const [name, template] of Object.entries(spec.headers ?? {})) headers[name] = fill(template, values) ?? '';
  const auth = spec.auth;
  let carries: string;
  let sigv4: PlannedRequest['sigv4'];
  switch (auth.kind) {
    case 'authorization': {
      const scheme = auth.scheme ?? 'Bearer';
      const join = scheme === '' ? '' : scheme.endsWith('=') ? scheme : `${scheme} `;
      headers.Authorization = join + input.secret;
      carries = `Authorization: ${join}${shown.get('secret')}`;
      break;
    }
    case 'header':
      headers[auth.name] = input.secret;
      carries = `${auth.name}: ${shown.get('secret')}`;
      break;
    case 'basic': {
      const user = fill(auth.username, values);
      const password = fill(auth.password, values);
      if (user === undefined || password === undefined) return { notCheckable: 'the check needs a value that was not found' };
      headers.Authorization = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
      carries = `HTTP Basic, user ${fill(auth.username, shown) || '(empty)'}, password ${fill(auth.password, shown)}`;
      break;
    }
    case 'url':
      carries = 'in the URL';
      break;
    case 'aws-sigv4': {
      const accessKeyId = fill(auth.accessKeyId, values);
      const secretAccessKey = fill(auth.secretAccessKey, values);
      if (!accessKeyId || !secretAccessKey) return { notCheckable: 'the check needs both the access key ID and the secret access key' };
      const sessionToken = auth.sessionToken ? fill(auth.sessionToken, values) : undefined;
      sigv4 = { service: auth.service, region: auth.region, accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
      carries = `AWS SigV4 signature, key ID ${fill(auth.accessKeyId, shown)} (the secret key signs the request; it is not sent)${sessionToken ? ' and the session token' : ''}`;
      break;
    }
  }
  return {
    verifier: spec.id,
    provider: spec.provider,
    fingerprint: input.fingerprint,
    method: spec.method,
    url,
    headers,
    ...(spec.body !== undefined ? { body: spec.body } : {}),
    ...(sigv4 ? { sigv4 } : {}),
    endpoint: `${spec.method} ${fill(spec.url, shown)}`,
    carries,
    ...(spec.caveat ? { caveat: spec.caveat } : {}),
  };
}

/** Every verifier whose request needs nothing but the secret (the docs list the others with their needs). */
export function inputsOf(spec: VerifierSpec): string[] {
  return (spec.needs ?? []).filter((n) => !n.optional).map((n) => n.label);
}

function inputValue(need: VerifierInput, input: PlanInput): string | undefined {
  const fromPart = need.part ? input.parts?.[need.part] : undefined;
  if (fromPart) return fromPart;
  if (need.source === 'secret') return need.pattern.exec(input.secret)?.[1];
  if (input.text === undefined || input.start === undefined || input.end === undefined) return undefined;
  return nearest(need, input.text, input.start, input.end);
}

/** The match of `need.pattern` closest to the secret within its reach, outside the secret itself. */
function nearest(need: VerifierInput, text: string, start: number, end: number): string | undefined {
  const reach = need.reach ?? DEFAULT_REACH;
  const from = Math.max(0, start - reach);
  const window = text.slice(from, Math.min(text.length, end + reach));
  const global = new RegExp(need.pattern.source, need.pattern.flags.includes('g') ? need.pattern.flags : need.pattern.flags + 'g');
  let best: { value: string; distance: number } | undefined;
  for (const m of window.matchAll(global)) {
    const value = m[1];
    if (!value) continue;
    const at = from + m.index! + m[0].indexOf(value);
    const until = at + value.length;
    if (at < end && until > start) continue; // the secret itself
    const distance = until <= start ? start - until : at - end;
    if (!best || distance < best.distance) best = { value, distance };
  }
  return best?.value;
}

function templateNames(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

/** The host part of a URL template (`{shop}.myshopify.com`). */
function hostTemplate(url: string): string {
  const rest = url.slice(url.indexOf('://') + 3);
  const cut = rest.search(/[/?#]/);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/** Fills `{name}` from `values`; undefined when a name has no value. */
function fill(template: string, values: ReadonlyMap<string, string>): string | undefined {
  let missing = false;
  const out = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = values.get(name);
    if (v === undefined) missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}
