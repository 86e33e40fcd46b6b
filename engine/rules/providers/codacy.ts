// Codacy: account API tokens (20 characters) and project tokens (32 hex digits, for coverage uploads).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const codacyRules: Rule[] = [
  contextRule({
    id: 'codacy-account-api-token',
    provider: 'Codacy',
    family: 'infrastructure',
    description: 'Codacy account API token',
    names: ['codacy[_-]?(?:account[_-]?)?api[_-]?token'],
    keywords: ['codacy'],
    value: '[A-Za-z0-9]{20}',
    envName: 'CODACY_API_TOKEN',
    docsUrl: 'https://docs.codacy.com/codacy-api/api-tokens/',
    revocationUrl: 'https://app.codacy.com/account/access-management',
    sample: (g) => g.alnum(20),
    negatives: (g) => [
      `CODACY_API_TOKEN="${g.alnum(23)}"`, // too long
      `CODACY_API_TOKEN="${g.alnum(10)}.${g.alnum(9)}"`, // a character outside the alphabet
    ],
  }),
  contextRule({
    id: 'codacy-project-token',
    provider: 'Codacy',
    family: 'infrastructure',
    description: 'Codacy project token',
    names: ['codacy[_-]?project[_-]?token'],
    keywords: [
      'codacy-project-token',
      'codacy-project_token',
      'codacy-projecttoken',
      'codacy_project-token',
      'codacy_project_token',
      'codacy_projecttoken',
      'codacyproject-token',
      'codacyproject_token',
      'codacyprojecttoken',
    ],
    value: '[a-fA-F0-9]{32}',
    envName: 'CODACY_PROJECT_TOKEN',
    docsUrl: 'https://docs.codacy.com/codacy-api/api-tokens/',
    revocationUrl: null,
    revocationNote: "Revoke the token in the repository's Settings → Integrations → Project API and create a new one.",
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `CODACY_PROJECT_TOKEN="${g.hex(35)}"`, // too long
      `CODACY_PROJECT_TOKEN="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
];
