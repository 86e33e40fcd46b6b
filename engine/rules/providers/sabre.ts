// Sabre: REST API session-less access token (ATK), the bearer every Sabre Dev Studio call carries for seven days.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const sabreRules: Rule[] = [
  tokenRule({
    id: 'sabre-access-token',
    provider: 'Sabre',
    family: 'saas',
    description: 'Sabre REST API access token (ATK, `T1RLAQ…`)',
    // Sabre's token text opens with `T1RLAQ` and runs base64, often closed by `*`; a bound below the shortest real
    // token keeps cut-off copies in docs out.
    prefix: 'T1RLAQ',
    body: '[A-Za-z0-9+/]{150,900}={0,2}\\*{0,2}',
    envName: 'SABRE_ACCESS_TOKEN',
    docsUrl: 'https://developer.sabre.com/guides/travel-agency/developer-guides/rest-apis-token-credentials',
    revocationUrl: null,
    revocationNote: 'The token expires on its own (seven days); change the EPR password or the client secret to stop new ones being issued.',
    sample: (g) => `T1RLAQ${g.base64(240).replace(/[+/]/g, 'q')}*`,
    positives: (g) => [
      `{"access_token":"${g.s(`T1RLAQ${g.base64(220)}*`)}","token_type":"bearer","expires_in":604800}`,
      `curl -H "Authorization: Bearer ${g.s(`T1RLAQ${g.base64(300)}`)}" https://api.platform.sabre.com/v1/shop/flights`,
    ],
    negatives: () => ['Sabre tokens start with T1RLAQ and last seven days.', '"access_token": "T1RLAQ..."'],
  }),
];
