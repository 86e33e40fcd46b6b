// Splunk Observability (SignalFx): splunk Observability (SignalFx) access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const signalfxRules: Rule[] = [
  contextRule({
    id: 'signalfx-access-token',
    provider: 'Splunk Observability (SignalFx)',
    family: 'observability',
    description: 'Splunk Observability (SignalFx) access token',
    names: ['signalfx', 'sfx[_.-]?(?:access[_.-]?)?token'],
    keywords: ['signalfx', 'sfx'],
    value: '[A-Za-z0-9_-]{22}',
    envName: 'SFX_ACCESS_TOKEN',
    docsUrl: 'https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html',
    revocationUrl: null,
    revocationNote: 'Rotate or disable the token in Splunk Observability Cloud (Settings → Access Tokens).',
    sample: (g) => g.base64url(22),
  }),
];
