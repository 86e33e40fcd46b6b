// A "key" that sits beside the application's secret is the application's identifier, the secret its credential: the
// shapes below say which key it is, so a generic name (`api_key`, `application_key`) holding it is no finding.

/** Twitter's consumer secret (its "API secret", "API key secret" in X's portal): 50 letters and digits under an `api_secret` / `api_key_secret` / `consumer_secret`. */
const TWITTER_CONSUMER_SECRET = /(?:api|consumer)[ _.-]?(?:key[ _.-]?)?secret["']?[ \t]{0,16}(?:[=:]|<-)[ \t]{0,4}["']?[A-Za-z0-9]{50}(?![A-Za-z0-9])/i;

/** An application's secret as a sibling line or argument (`secret = …`, `application_secret: …`, `appSecret=`). */
const APPLICATION_SECRET_SIBLING = /(?:^|[\s,{(])["']?(?:app(?:lication)?[ _.-]?)?secret["']?[ \t]{0,16}(?:[=:]|<-)/im;

/** tinytuya's Access Secret beside its `apiKey`: 32 lower-case hex under `apiSecret`. */
const TUYA_ACCESS_SECRET = /["']?api[_-]?secret["']?[ \t]{0,4}[=:][ \t]{0,4}["']?[0-9a-f]{32}(?![0-9A-Za-z])/i;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function near(text: string, keyStart: number, key: string, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, keyStart - 300), keyStart)) || re.test(text.slice(keyStart + key.length, keyStart + key.length + 300));
}

/**
 * Twitter's consumer key (25 letters and digits, the "API key" of rtweet's `rtweet_bot(api_key = …, api_secret = …)`
 * and tweepy's handlers) beside its 50-character consumer secret; an application key that is a UUID beside the
 * application's secret (Blackboard Learn's REST `application_key` and `secret`): both name the application, as an
 * OAuth client id does.
 */
export function isApplicationKeyBesideSecret(value: string, key: string, keyStart: number, text: string): boolean {
  if (/^(?:\w{0,20}[_.-])?(?:api|consumer)[_.-]?key$/i.test(key) && /^[A-Za-z0-9]{25}$/.test(value)) return near(text, keyStart, key, TWITTER_CONSUMER_SECRET);
  if (/^app(?:lication)?[_.-]?key$/i.test(key) && UUID.test(value)) return near(text, keyStart, key, APPLICATION_SECRET_SIBLING);
  // tinytuya's `tinytuya.json` (written by `python -m tinytuya wizard`, rw-dev17): `apiKey` is the Tuya cloud project's
  // Access ID (20 lower-case letters and digits, shown in the console), `apiSecret` beside it the credential.
  if (/^api[_-]?key$/i.test(key) && /^[a-z0-9]{20}$/.test(value)) return near(text, keyStart, key, TUYA_ACCESS_SECRET);
  return false;
}

/**
 * `<P>_CLIENT_KEY` / `clientKey` with `<P>_CLIENT_SECRET` / `clientSecret` assigned within a few lines
 * (`MASTODON_CLIENT_KEY` and `MASTODON_CLIENT_SECRET`, rw-dev19): an OAuth client's id under another name, beside its
 * secret. Other keys beside a secret named alike (`api.partner.key` and `api.partner.secret`) stay findings: the labelled
 * sets count them as the credential's half they mostly are.
 */
export function isKeyBesideSameNamedSecret(key: string, keyStart: number, text: string): boolean {
  const m = /^(.{0,40}?client)([_.-]?)key$/i.exec(key);
  if (!m) return false;
  const [, head, sep] = m as unknown as [string, string, string];
  let sibling = SIBLINGS.get(key);
  if (sibling === undefined) {
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    sibling = new RegExp(`(?:^|[^A-Za-z0-9_.-])${escape(head)}${escape(sep)}secret["']?[ \\t]{0,16}(?:[=:]|<-)`, 'im');
    if (SIBLINGS.size >= 512) SIBLINGS.clear();
    SIBLINGS.set(key, sibling);
  }
  return near(text, keyStart, key, sibling);
}

/** Key names repeat across a tree: their sibling patterns are kept (bounded). */
const SIBLINGS = new Map<string, RegExp>();
