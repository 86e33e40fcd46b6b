// LinkPreview: 32-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const linkpreviewRules: Rule[] = [
  contextRule({
    id: 'linkpreview-api-key',
    provider: 'LinkPreview',
    family: 'saas',
    description: 'LinkPreview API key',
    names: ['link[_-]?preview[_-]?(?:api|key|access)'],
    keywords: ['linkpreview', 'link_preview', 'link-preview'],
    value: '[A-Za-z0-9]{32}',
    envName: 'LINKPREVIEW_API_KEY',
    docsUrl: 'https://docs.linkpreview.net/#authentication',
    revocationUrl: 'https://my.linkpreview.net/access_keys',
    sample: (g) => g.alnum(32),
    negatives: (g) => [
      `LINKPREVIEW_API_KEY="${g.alnum(35)}"`, // too long
      `LINKPREVIEW_API_KEY="${g.alnum(16)}.${g.alnum(15)}"`, // a character outside the alphabet
    ],
  }),
];
