// USPS Web Tools: the user id USPS issues on registration is the whole credential of the legacy XML APIs
// (`ShippingAPI.dll?API=RateV4&XML=<RateV4Request USERID="…">`): no password goes with it (rw-dev20).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

/** The shape USPS gives Web Tools user ids: three digits, letters of the company's name, three to five digits. */
const USER_ID = '[0-9]{3}[A-Z]{2,9}[0-9]{3,5}';
const userId = (g: { digits(n: number): string; upper(n: number): string }) => `${g.digits(3)}${g.upper(5)}${g.digits(4)}`;

export const uspsRules: Rule[] = [
  contextRule({
    id: 'usps-web-tools-user-id',
    provider: 'USPS',
    family: 'saas',
    description: 'USPS Web Tools user id (the credential of the legacy XML shipping APIs)',
    names: ['usps[_-]?(?:web[_-]?tools[_-]?)?user[_-]?id', 'usps[_-]?(?:api[_-]?)?username'],
    keywords: ['usps'],
    value: USER_ID,
    envName: 'USPS_USERID',
    docsUrl: 'https://www.usps.com/business/web-tools-apis/',
    revocationUrl: null,
    revocationNote: 'Ask the USPS Web Tools program office (or the USPS developer portal) to deactivate the user id, and move to the OAuth-based USPS APIs.',
    sample: userId,
  }),
  {
    id: 'usps-web-tools-request-user-id',
    provider: 'USPS',
    family: 'saas',
    priority: 'context',
    description: 'USPS Web Tools user id in an XML request (<RateV4Request USERID="…">)',
    keywords: ['userid='],
    keywordWindow: { before: 60, after: 40 },
    pattern: new RegExp(`<[A-Za-z0-9]{2,40}Request[ \\t]{1,4}USERID=\\\\?["'](?<secret>${USER_ID})\\\\?["']`),
    envName: 'USPS_USERID',
    docsUrl: 'https://www.usps.com/business/web-tools-apis/',
    revocationUrl: null,
    revocationNote: 'Ask the USPS Web Tools program office (or the USPS developer portal) to deactivate the user id, and move to the OAuth-based USPS APIs.',
    examples: {
      positives: (g) => [
        `https://secure.shippingapis.com/ShippingAPI.dll?API=TrackV2&XML=<TrackRequest USERID="${g.s(userId(g))}"><TrackID ID="9400${g.digits(18)}"/></TrackRequest>`,
        `$xml = "<RateV4Request USERID=\\"${g.s(userId(g))}\\"><Revision>2</Revision>";`,
      ],
      negatives: () => ['<RateV4Request USERID="XXXXXXXXXXXX"><Revision>2</Revision>', '<TrackRequest USERID="\' . USPS_USERID . \'">', '<LoginRequest USERID="jdoe">'],
    },
  },
];
