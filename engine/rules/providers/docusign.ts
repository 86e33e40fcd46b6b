// DocuSign app secret keys: UUIDs, paired with an integration key (also a UUID).
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';

export const docusignRules: Rule[] = [
  contextRule({
    id: 'docusign-secret-key',
    provider: 'DocuSign',
    family: 'saas',
    description: 'DocuSign app secret key',
    names: ['docusign[_-]?(?:client[_-]?|app[_-]?)?secret(?:[_-]?key)?'],
    keywords: ['docusign'],
    value: UUID,
    envName: 'DOCUSIGN_CLIENT_SECRET',
    docsUrl: 'https://developers.docusign.com/platform/auth/authcode/',
    revocationUrl: null,
    revocationNote: 'Delete the secret key on the app in DocuSign → Settings → Apps and Keys and add a new one.',
    sample: (g) => g.uuid(),
    negatives: (g) => [
      `DOCUSIGN_CLIENT_SECRET="z${g.uuid().slice(1)}"`, // not hex
      `DOCUSIGN_CLIENT_SECRET="${g.uuid()}${g.hex(2)}"`, // too long
      `DOCUSIGN_CLIENT_SECRET="${g.uuid().replace(/-/g, '')}"`, // no dashes
    ],
  }),
];
