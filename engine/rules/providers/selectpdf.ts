// SelectPdf: selectPdf API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const selectpdfRules: Rule[] = [
  contextRule({
    id: 'selectpdf-api-key',
    provider: 'SelectPdf',
    family: 'saas',
    description: 'SelectPdf API key',
    names: ['selectpdf'],
    keywords: ['selectpdf'],
    value: UUID,
    envName: 'SELECTPDF_API_KEY',
    docsUrl: 'https://selectpdf.com/html-to-pdf-api/',
    revocationUrl: null,
    revocationNote: 'SelectPdf has no public revocation link: regenerate (reset) the key in your SelectPdf members area, then update every place that uses it.',
    sample: (g) => g.uuid(),
  }),
];
