// HashiCorp Nomad ACL tokens (secret IDs): UUIDs under NOMAD_TOKEN.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const hashicorpNomadRules: Rule[] = [
  contextRule({
    id: 'nomad-acl-token',
    provider: 'HashiCorp Nomad',
    family: 'infrastructure',
    description: 'HashiCorp Nomad ACL token',
    names: ['nomad[_-]?(?:acl[_-]?|bootstrap[_-]?)?token'],
    keywords: ['nomad'],
    value: UUID,
    envName: 'NOMAD_TOKEN',
    docsUrl: 'https://developer.hashicorp.com/nomad/docs/concepts/acl',
    revocationUrl: null,
    revocationNote: 'Delete the token (`nomad acl token delete <accessor>`) and issue a new one.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `NOMAD_TOKEN="z${g.uuid().slice(1)}"`, // not hex
      `NOMAD_TOKEN="${g.uuid()}${g.hex(2)}"`, // too long
      `NOMAD_TOKEN="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
