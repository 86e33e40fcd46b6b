// GraphHopper (routing): UUID API keys.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const graphhopperRules: Rule[] = [
  contextRule({
    id: 'graphhopper-api-key',
    provider: 'GraphHopper',
    family: 'saas',
    description: 'GraphHopper API key',
    names: ['graph[_-]?hopper'],
    keywords: ['graph-hopper', 'graph_hopper', 'graphhopper'],
    value: UUID,
    envName: 'GRAPHHOPPER_API_KEY',
    docsUrl: 'https://docs.graphhopper.com/#section/Authentication',
    revocationUrl: 'https://graphhopper.com/dashboard/#/apikeys',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `GRAPHHOPPER_API_KEY="z${g.uuid().slice(1)}"`, // not hex
      `GRAPHHOPPER_API_KEY="${g.uuid()}${g.hex(2)}"`, // too long
      `GRAPHHOPPER_API_KEY="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
