// Canny (feedback boards): the secret API key is a UUID, recognised by the provider name.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const cannyRules: Rule[] = [
  contextRule({
    id: 'canny-api-key',
    provider: 'Canny',
    family: 'saas',
    description: 'Canny API key',
    names: ['canny'],
    keywords: ['canny'],
    value: UUID,
    envName: 'CANNY_API_KEY',
    docsUrl: 'https://developers.canny.io/api-reference',
    revocationUrl: null,
    revocationNote: 'Regenerate the API key in Canny → Settings → API & Webhooks.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `CANNY_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `CANNY_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `CANNY_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
