// Shopify values that are identifiers by design, not credentials: the app's API key (its OAuth client id, sent to
// every shop's browser during install) in a `shopifyApi({…})` / `shopifyApp({…})` config beside `apiSecretKey`, and
// the `token`, `cart_token`, `checkout_token` of an order or checkout payload (`gid://shopify/…` ids), which name
// the cart and checkout in storefront URLs.
import type { MatchContext } from '../types';

const PAYLOAD_TOKEN_KEY = /^["']?(?:token|cart_token|checkout_token)["']?$/;
const APP_KEY = /^["']?(?:shopify_)?api_?key["']?$/i;

export function isShopifyPublicId(ctx: MatchContext, key: string, value: string): boolean {
  if (!/^[0-9a-f]{32}$/.test(value)) return false;
  if (PAYLOAD_TOKEN_KEY.test(key)) {
    const near = ctx.text.slice(Math.max(0, ctx.start - 1500), Math.min(ctx.text.length, ctx.end + 1500));
    return /"admin_graphql_api_id"[ \t]{0,4}:[ \t]{0,4}"gid:\/\/shopify\//.test(near);
  }
  // The env fallback form (`process.env.SHOPIFY_API_KEY ?? '…'`) is named by its last segment.
  if (APP_KEY.test(key.slice(key.lastIndexOf('.') + 1))) {
    const near = ctx.text.slice(Math.max(0, ctx.start - 400), Math.min(ctx.text.length, ctx.end + 400));
    return /\bshopify(?:Api|App)[ \t]{0,2}\(\s{0,4}\{/.test(near) && /\bapiSecretKey\b/.test(near);
  }
  return false;
}
