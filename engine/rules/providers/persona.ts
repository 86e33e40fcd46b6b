// Persona (identity verification) API keys: `persona_production_` / `persona_sandbox_` and a UUID.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const personaRules: Rule[] = [
  tokenRule({
    id: 'persona-production-api-key',
    provider: 'Persona',
    family: 'saas',
    description: 'Persona production API key',
    prefix: 'persona_production_',
    body: '[A-Za-z0-9-]{32,64}',
    envName: 'PERSONA_API_KEY',
    docsUrl: 'https://docs.withpersona.com/api-keys',
    revocationUrl: 'https://app.withpersona.com/dashboard/api-configuration',
    sample: (g) => `persona_production_${g.uuid()}`,
  }),
  tokenRule({
    id: 'persona-sandbox-api-key',
    provider: 'Persona',
    family: 'saas',
    description: 'Persona sandbox API key',
    prefix: 'persona_sandbox_',
    body: '[A-Za-z0-9-]{32,64}',
    envName: 'PERSONA_SANDBOX_API_KEY',
    docsUrl: 'https://docs.withpersona.com/api-keys',
    revocationUrl: 'https://app.withpersona.com/dashboard/api-configuration',
    sample: (g) => `persona_sandbox_${g.uuid()}`,
  }),
];
