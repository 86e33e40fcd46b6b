// Semgrep: semgrep AppSec Platform token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const semgrepRules: Rule[] = [
  contextRule({
    id: 'semgrep-app-token',
    provider: 'Semgrep',
    family: 'infrastructure',
    description: 'Semgrep AppSec Platform token',
    names: ['semgrep'],
    keywords: ['semgrep'],
    value: '[a-f0-9]{64}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SEMGREP_APP_TOKEN',
    docsUrl: 'https://semgrep.dev/docs/semgrep-ci/ci-environment-variables#semgrep_app_token',
    revocationUrl: 'https://semgrep.dev/orgs/-/settings/tokens',
    sample: (g) => g.hex(64),
  }),
];
