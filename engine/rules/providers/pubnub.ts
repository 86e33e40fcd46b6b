// PubNub secret keys: `sec-c-` and the base64 of a UUID (the key that signs access grants).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

/** The part after `sec-c-` decodes to a UUID. */
const isBase64OfUuid = (key: string) => {
  try {
    return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(atob(key.slice(6)));
  } catch {
    return false;
  }
};

export const pubnubRules: Rule[] = [
  tokenRule({
    id: 'pubnub-secret-key',
    provider: 'PubNub',
    family: 'messaging',
    description: 'PubNub secret key',
    prefix: 'sec-c-',
    body: '[A-Za-z0-9+/]{48}',
    end: 'A-Za-z0-9_+/=-',
    validate: isBase64OfUuid,
    envName: 'PUBNUB_SECRET_KEY',
    docsUrl: 'https://www.pubnub.com/docs/general/basics/set-up-your-account',
    revocationUrl: 'https://admin.pubnub.com/',
    revocationNote: 'Regenerate the secret key of the keyset in the PubNub Admin Portal.',
    sample: (g) => `sec-c-${btoa(g.uuid())}`,
    negatives: (g) => [`PUBNUB_SECRET_KEY=sec-c-${g.base64(48)}`],
  }),
];
