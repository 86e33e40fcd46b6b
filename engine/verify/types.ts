// The shapes of an opt-in validity check ("is this key live?"), as data. A verifier says which documented,
// read-only call a provider answers for a kind of secret and how to read the answer; the engine plans the
// request from it (pure), and the HTTP client that sends it lives outside the engine (verify/).

/** `live`: the provider accepted it. `rejected`: the provider refused it. `unknown`: no answer that says either. */
export type ValidityState = 'live' | 'rejected' | 'unknown';

/** The result of one check. Holds no raw value: the endpoint is the masked display form. */
export interface Validity {
  state: ValidityState;
  /** ISO 8601 time the answer came (or the attempt failed). */
  checkedAt: string;
  /** Which verifier asked (VerifierSpec.id). */
  verifier: string;
  /** The request as shown before sending, masked: `GET https://api.github.com/rate_limit`. */
  endpoint: string;
  /** The answer in a few words: `HTTP 401: bad credentials`, `no network (timed out after 5 s)`. */
  detail: string;
  /** True when the attempt never reached the provider (DNS, connection, TLS, timeout). */
  offline?: boolean;
}

/** How the secret travels in the request. Every `{name}` in a template is a VerifierInput or `secret`. */
export type VerifyAuth =
  /** `Authorization: <scheme> <secret>` (scheme default `Bearer`; `''` for the bare token). */
  | { kind: 'authorization'; scheme?: string }
  /** `<name>: <secret>` (DD-API-KEY, x-api-key, PRIVATE-TOKEN). */
  | { kind: 'header'; name: string }
  /** HTTP Basic with templated user and password. */
  | { kind: 'basic'; username: string; password: string }
  /** The secret is part of the URL template itself (Telegram's /bot<token>/getMe, a webhook URL). */
  | { kind: 'url' }
  /** AWS Signature Version 4; key ID and secret key are templates (`{secret}`, `{accessKeyId}`). */
  | { kind: 'aws-sigv4'; service: string; region: string; accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/**
 * A value the request needs besides the secret: another part of the credential (an AWS access key ID, a
 * Twilio Account SID) or where to send it (a Shopify shop, an Atlassian site), found next to the secret or
 * derived from the secret itself (a Mailchimp key's data centre).
 */
export interface VerifierInput {
  /** Template name: `{accountSid}`. */
  name: string;
  /** In words, for "needs the … next to it": `Twilio Account SID`. */
  label: string;
  /** `secret`: `pattern` is matched against the secret; `nearby`: searched within `reach` characters of it. */
  source: 'secret' | 'nearby';
  /** Bounded; group 1 is the value. */
  pattern: RegExp;
  /** Characters on each side of the secret searched for a `nearby` input (default 600). */
  reach?: number;
  /** Shown as is in the confirmation (a host name); otherwise shown masked. */
  public?: boolean;
  /** Optional: a `nearby` input may be missing (an AWS session token); its header is then left out. */
  optional?: boolean;
  /** The part id a multi-part credential finding may carry for it (Finding.related, when present). */
  part?: string;
}

/** How one answer reads. Outcomes are tried in order; the first that matches decides. */
export interface VerifyOutcome {
  status: number | readonly number[];
  /** The JSON body's value at a dot path must equal this. */
  json?: { path: string; equals: string | number | boolean };
  /** The body must contain this text. */
  bodyIncludes?: string;
  result: ValidityState;
  /** In words: `token accepted`, `invalid API key`. */
  says: string;
}

export interface VerifierSpec {
  /** kebab-case, stable: `github`, `aws-sts`. */
  id: string;
  provider: string;
  /** The rules whose findings this verifier checks (built-in rule ids). */
  ruleIds: readonly string[];
  /** The call in words for the docs table: `GET /rate_limit (REST API)`. */
  call: string;
  /** Where the provider documents the call. */
  docsUrl: string;
  method: 'GET' | 'POST';
  /** `https://` template. A template in the host may only use inputs that are single DNS labels. */
  url: string;
  headers?: Readonly<Record<string, string>>;
  body?: string;
  auth: VerifyAuth;
  needs?: readonly VerifierInput[];
  outcomes: readonly VerifyOutcome[];
  /** What a result cannot tell (a self-managed GitLab's token is rejected by gitlab.com too). */
  caveat?: string;
}

/** A request ready to send. Holds the raw secret: it lives in memory only, never printed, logged or stored. */
export interface PlannedRequest {
  verifier: string;
  provider: string;
  fingerprint: string;
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** For `aws-sigv4`: the verify layer signs the request with these. */
  sigv4?: { service: string; region: string; accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** What the user confirms, masked: `GET https://api.github.com/rate_limit`. */
  endpoint: string;
  /** How the key travels, masked: `Authorization: Bearer ghp_…a1B2`. */
  carries: string;
  caveat?: string;
}

/** Why a finding cannot be checked, in words (`no validity check for this kind of secret`). */
export interface NotCheckable {
  notCheckable: string;
}
