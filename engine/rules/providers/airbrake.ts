// Airbrake: Airbrake user API key, Airbrake project key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const airbrakeRules: Rule[] = [
  contextRule({
    id: 'airbrake-user-key',
    provider: 'Airbrake',
    family: 'observability',
    description: 'Airbrake user API key',
    names: ['airbrake[a-z_-]{0,12}(?:user|api)[_-]?key', 'airbrake[_-]?(?:token|auth)'],
    keywords: ['airbrake'],
    value: '[a-f0-9]{40}',
    envName: 'AIRBRAKE_USER_KEY',
    docsUrl: 'https://docs.airbrake.io/docs/devops-tools/api/',
    revocationUrl: null,
    revocationNote: 'Reset the user key on your Airbrake profile page (Profile → API keys).',
    sample: (g) => g.hex(40),
  }),
  contextRule({
    id: 'airbrake-project-key',
    provider: 'Airbrake',
    family: 'observability',
    description: 'Airbrake project key',
    names: ['airbrake[a-z_-]{0,12}project[_-]?key'],
    keywords: ['airbrake'],
    value: '[a-f0-9]{32}',
    envName: 'AIRBRAKE_PROJECT_KEY',
    docsUrl: 'https://docs.airbrake.io/docs/overview/project-key/',
    revocationUrl: null,
    revocationNote: 'Regenerate the project key under the project → Settings → Project key, then update every notifier.',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'project-id', label: 'project ID', names: ['airbrake[_-]?project[_-]?id'], value: '[0-9]{3,10}', envName: 'AIRBRAKE_PROJECT_ID' })],
    positives: (g) => [`AIRBRAKE_PROJECT_ID=${g.p(g.digits(6))}\nAIRBRAKE_PROJECT_KEY=${g.s(g.hex(32))}\n`],
  }),
];
