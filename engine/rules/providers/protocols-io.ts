// protocols.io: protocols.io client access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const protocolsIoRules: Rule[] = [
  contextRule({
    id: 'protocols-io-access-token',
    provider: 'protocols.io',
    family: 'saas',
    description: 'protocols.io client access token',
    names: ['protocols[_.-]?io'],
    keywords: ['protocolsio', 'protocols_io', 'protocols-io', 'protocols.io'],
    value: '[a-f0-9]{64}',
    envName: 'PROTOCOLS_IO_TOKEN',
    docsUrl: 'https://apidoc.protocols.io/',
    revocationUrl: 'https://www.protocols.io/developers',
    sample: (g) => g.hex(64),
  }),
];
