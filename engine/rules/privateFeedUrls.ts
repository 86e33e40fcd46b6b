// Private podcast feeds (rw-dev19): a supporter's or premium listener's feed URL carries the listener's token, as a
// path segment after `/private/` or as `?private=`, on a feed host (`feeds.…`) or a feed path (`….rss`, `/feed`).
// Whoever has the URL hears the paid episodes; hosts revoke it per listener.
import type { Rule } from '../types';
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralToken } from '../validators/literalArgument';

/** The URL the value sits in is a feed's: a `feed(s).` host, or a path naming a feed (read on the ≤ 300 characters before the value). */
const FEED_URL = /https?:\/\/(?:feeds?\.[\w.-]{1,100}|[\w.-]{1,100}\/[^\s"'<>]{0,200}(?:\.rss|\.xml|\/feeds?\/|\/rss\/|podcast))[^\s"'<>]{0,200}$/i;

export const privateFeedUrlRules: Rule[] = [
  {
    id: 'private-feed-url-token',
    provider: 'Podcast hosting',
    family: 'saas',
    priority: 'context',
    description: "Listener's token in a private podcast feed URL (`feeds.…/private/<token>`, `….rss?private=<token>`)",
    keywords: ['/private/', '?private=', '&private='],
    keywordWindow: { before: 300, after: 80 },
    pattern: /(?:\/private\/|[?&]private=)(?<secret>[A-Za-z0-9_-]{16,64})(?![A-Za-z0-9_-])/,
    validate: (secret, ctx) => {
      return FEED_URL.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, ctx.start - 300), ctx.start)) && isLiteralToken(secret, 16);
    },
    envName: 'PRIVATE_FEED_URL',
    severity: 'error',
    docsUrl: 'https://podcasters.apple.com/support/5370-private-podcast-feeds',
    revocationUrl: null,
    revocationNote: "Revoke the listener's private feed in the hosting dashboard (a new feed URL is issued), and keep exports of feed URLs out of the repository.",
    examples: {
      positives: (g) => [
        `${g.digits(5)},anna@example.org,Gold,https://feeds.transistor.example/private/${g.s(g.alnum(24))},2025-02-11`,
        `Premium feed: \`https://feeds.buzzsprout.example/${g.digits(7)}.rss?private=${g.s(g.hex(32))}\``,
      ],
      negatives: (g) => [
        'https://feeds.transistor.example/private/REVOKED',
        `https://github.com/acme/app/tree/main/private/${g.alnum(24)}`,
        `https://feeds.example.com/private/${'x'.repeat(24)}`,
        'https://feeds.buzzsprout.example/1234567.rss?private=<token>',
      ],
    },
  },
];
