// Providers whose "key" is an identifier and whose "secret" is the credential: the key sits beside the secret in
// every config, so a generic secret name (`api_key`, a bare `key`) under the provider's name holds the identifier.
import { keyPathAt } from '../detect/keyedSyntax';
import { nameWords } from './secretName';

/**
 * Pusher's app `key` (20 hex) is sent by every browser client (`new Pusher(key, …)`); the app `secret` signs. Vonage
 * (Nexmo) calls its 8-hex account id the `api_key`; the `api_secret` is the credential. FedEx's `api_key` is the
 * client id of its OAuth client-credentials grant; the `secret_key` is the credential.
 */
const PUBLIC_KEY_OF: readonly { provider: RegExp; value: RegExp }[] = [
  { provider: /^pusher$/, value: /^[0-9a-f]{20}$/ },
  { provider: /^(?:vonage|nexmo)$/, value: /^[0-9a-f]{8}$/ },
  // FedEx's API key is the OAuth client id (`l7` or `l7xx` and hex, issued beside the secret key).
  { provider: /^fedex$/, value: /^l7(?:xx)?[0-9a-f]{30,32}$/ },
];

/** A name that calls the value a key and not a secret (`key`, `api_key`, `APP_KEY`, `apiKey`): never `api_secret`. */
const KEY_ONLY_WORDS = new Set(['key', 'api', 'app', 'apikey', 'appkey']);

/**
 * Whether `value`, assigned to `key` (at `keyStart` in `text`), is a provider's public key: the provider named in
 * the key itself (`VONAGE_API_KEY`, `pusherKey`) or in a parent a few lines up (`pusher:\n  key: …`).
 */
export function isPublicProviderKey(value: string, key: string, keyStart: number, text: string): boolean {
  const words = nameWords(key);
  const own = words.filter((w) => !KEY_ONLY_WORDS.has(w));
  if (!words.some((w) => w === 'key' || w === 'apikey' || w === 'appkey')) return false;
  for (const { provider, value: shape } of PUBLIC_KEY_OF) {
    if (!shape.test(value)) continue;
    // The key's other words are only the provider's name (`VONAGE_API_KEY`), or there are none and a parent names it.
    if (own.length > 0) {
      if (own.every((w) => provider.test(w))) return true;
      continue;
    }
    if (keyPathAt(text, keyStart, key, 2).some((parent) => nameWords(parent).some((w) => provider.test(w)))) return true;
  }
  return false;
}

/**
 * A sibling named for OAuth 1's consumer secret (`consumer-secret`, `consumer_secret`, `consumerSecret`), or LTI 1.1's
 * name for it (`shared_secret`, `sharedSecret`: an LMS tool's consumer key and shared secret).
 */
const CONSUMER_SECRET_SIBLING = /(?:consumer|shared)[ _.-]?secret/i;

/**
 * OAuth 1's consumer key beside its consumer secret (composer's `bitbucket-oauth` entry, a Twitter or Bitbucket
 * consumer in a config): the key names the consumer, as an OAuth 2 client id does, and the secret is the credential.
 * A consumer key alone (OVH's, which sits beside an application secret) stays a key.
 */
export function isConsumerKeyBesideSecret(key: string, keyStart: number, text: string): boolean {
  if (!/consumer[ _.-]?key$/i.test(key)) return false;
  return CONSUMER_SECRET_SIBLING.test(text.slice(Math.max(0, keyStart - 300), keyStart)) || CONSUMER_SECRET_SIBLING.test(text.slice(keyStart + key.length, keyStart + key.length + 300));
}

/**
 * Client-side keys that are public by design, told by their prefix or their name: Midtrans's client key
 * (`Mid-client-…`, `SB-Mid-client-…` in the sandbox; the server key is `Mid-server-…`) and Shopify's Storefront API
 * access token (32 hex under a `storefront` name), both built into the shop's pages; Worldpay's client key
 * (`L_C_` / `T_C_` and a UUID; the service key is `L_S_`), which its checkout script encrypts cards with in the
 * browser; a Shopify app's API key (32 hex under `SHOPIFY_API_KEY`: the app's client id, which App Bridge hands to
 * every embedded page; the credential is `SHOPIFY_API_SECRET`); Adyen's client key (`live_…` under `client-key`); Ghost's
 * Content API key.
 */
export function isPublicClientKey(value: string, key: string): boolean {
  if (/^(?:SB-)?Mid-client-[A-Za-z0-9_-]{8,64}$/.test(value)) return true;
  if (/^[LT]_C_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)) return true;
  if (/^shopify[_-]?api[_-]?key$/i.test(key) && /^[0-9a-f]{32}$/.test(value)) return true;
  // Ghost's Content API key (26 hex, `contentApiKey`, `GHOST_CONTENT_KEY`) is read-only and built into every theme's
  // pages; the Admin API key is `<24 hex>:<64 hex>` (rw-dev19).
  if (/content[_.-]?(?:api[_.-]?)?key$/i.test(key) && /^[0-9a-f]{26}$/.test(value)) return true;
  // Adyen's client key (`live_` / `test_` and 32 upper-case letters and digits) loads its Drop-in in the shopper's browser.
  if (/client[_.-]?key$/i.test(key) && /^(?:live|test)_[A-Z0-9]{32}$/.test(value)) return true;
  return /storefront/i.test(key) && !/private|secret|admin/i.test(key) && /^[0-9a-f]{32}$/.test(value);
}
