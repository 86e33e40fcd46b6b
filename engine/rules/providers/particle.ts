// Particle: particle (particle.io) access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const particleRules: Rule[] = [
  contextRule({
    id: 'particle-access-token',
    provider: 'Particle',
    family: 'infrastructure',
    description: 'Particle (particle.io) access token',
    names: ['particle'],
    keywords: ['particle'],
    value: '[a-f0-9]{40}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'PARTICLE_ACCESS_TOKEN',
    docsUrl: 'https://docs.particle.io/reference/cloud-apis/access-tokens/',
    revocationUrl: null,
    revocationNote: 'Delete the token with the Particle CLI (`particle token revoke`) or the console (Account → Access tokens), then create a new one.',
    sample: (g) => g.hex(40),
  }),
];
