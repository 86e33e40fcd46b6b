// Drone CI personal tokens: 32 characters under DRONE_TOKEN.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const droneRules: Rule[] = [
  contextRule({
    id: 'drone-ci-token',
    provider: 'Drone CI',
    family: 'infrastructure',
    description: 'Drone CI personal token',
    names: ['drone[_-]?(?:ci[_-]?)?(?:token|api)'],
    keywords: ['drone_ci', 'drone-ci', 'droneci', 'drone_token', 'drone-token', 'dronetoken', 'drone_api', 'drone-api', 'droneapi'],
    value: '[A-Za-z0-9]{32}',
    envName: 'DRONE_TOKEN',
    docsUrl: 'https://docs.drone.io/cli/setup/',
    revocationUrl: null,
    revocationNote: 'Regenerate the token on your Drone account page (User Settings → Token).',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `DRONE_TOKEN="${g.alnum(35)}"`, // too long
      `DRONE_TOKEN="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
