// HashiCorp Consul ACL tokens (secret IDs): UUIDs under CONSUL_HTTP_TOKEN and similar names.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const hashicorpConsulRules: Rule[] = [
  contextRule({
    id: 'consul-acl-token',
    provider: 'HashiCorp Consul',
    family: 'infrastructure',
    description: 'HashiCorp Consul ACL token',
    names: ['consul[_-]?(?:http[_-]?|acl[_-]?|master[_-]?|agent[_-]?|bootstrap[_-]?)?token'],
    keywords: ['consul'],
    value: UUID,
    envName: 'CONSUL_HTTP_TOKEN',
    docsUrl: 'https://developer.hashicorp.com/consul/docs/security/acl/tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token (`consul acl token delete -accessor-id …`) and issue a new one with the same policies.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `CONSUL_HTTP_TOKEN="z${g.uuid().slice(1)}"`, // not hex
      `CONSUL_HTTP_TOKEN="${g.uuid()}${g.hex(2)}"`, // too long
      `CONSUL_HTTP_TOKEN="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
