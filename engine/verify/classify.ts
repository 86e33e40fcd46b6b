// How a provider's answer reads (pure): the verifier's outcomes are tried in order, the first that matches
// decides; anything else (429, 5xx, a redirect, an undocumented status) is `unknown`, never a guess.
import type { ValidityState, VerifierSpec, VerifyOutcome } from './types';

export interface Reading {
  state: ValidityState;
  /** `HTTP 401: bad credentials`. */
  detail: string;
}

export function readAnswer(spec: Pick<VerifierSpec, 'outcomes'>, status: number, body: string): Reading {
  let json: unknown;
  let parsed = false;
  const jsonBody = () => {
    if (!parsed) {
      parsed = true;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
    }
    return json;
  };
  for (const o of spec.outcomes) {
    if (!statusMatches(o, status)) continue;
    if (o.bodyIncludes !== undefined && !body.includes(o.bodyIncludes)) continue;
    if (o.json && valueAt(jsonBody(), o.json.path) !== o.json.equals) continue;
    return { state: o.result, detail: `HTTP ${status}: ${o.says}` };
  }
  if (status === 429) return { state: 'unknown', detail: 'HTTP 429: rate-limited by the provider, try again later' };
  if (status >= 500) return { state: 'unknown', detail: `HTTP ${status}: the provider had an error` };
  return { state: 'unknown', detail: `HTTP ${status}: an answer this check does not know how to read` };
}

function statusMatches(o: VerifyOutcome, status: number): boolean {
  return typeof o.status === 'number' ? o.status === status : o.status.includes(status);
}

function valueAt(value: unknown, path: string): unknown {
  let v = value;
  for (const key of path.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
