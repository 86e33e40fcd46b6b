// Splunk On-Call (VictorOps) REST endpoint URLs: the integration key is a UUID in the path.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const victoropsRules: Rule[] = [
  tokenRule({
    id: 'victorops-rest-endpoint-url',
    provider: 'Splunk On-Call (VictorOps)',
    family: 'observability',
    description: 'Splunk On-Call (VictorOps) REST integration URL',
    prefix: 'https://alert.victorops.com/integrations/generic/20131114/alert/',
    body: '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?:/[A-Za-z0-9_.-]{1,64})?',
    envName: 'VICTOROPS_REST_URL',
    docsUrl: 'https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/',
    revocationUrl: null,
    revocationNote: 'Disable and re-enable the REST integration in Splunk On-Call (Integrations → REST - Generic) to get a new key, then update senders.',
    sample: (g) => `https://alert.victorops.com/integrations/generic/20131114/alert/${g.uuid()}/${g.lower(8)}`,
  }),
];
