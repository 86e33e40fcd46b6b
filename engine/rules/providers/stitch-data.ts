// Stitch: stitch (Stitch Data) API access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const stitchDataRules: Rule[] = [
  contextRule({
    id: 'stitch-data-api-token',
    provider: 'Stitch',
    family: 'database',
    description: 'Stitch (Stitch Data) API access token',
    names: ['stitchdata', 'stitch[_.-]data', 'stitch[_.-]?api'],
    keywords: ['stitchdata', 'stitch_data', 'stitch-data', 'stitch.data', 'stitchapi', 'stitch_api', 'stitch-api', 'stitch.api'],
    value: '[a-z0-9_]{35}',
    envName: 'STITCH_API_TOKEN',
    docsUrl: 'https://www.stitchdata.com/docs/developers/stitch-connect/api',
    revocationUrl: 'https://app.stitchdata.com/account/api-tokens',
    sample: (g) => g.chars(LOWER_ALNUM, 35),
  }),
];
