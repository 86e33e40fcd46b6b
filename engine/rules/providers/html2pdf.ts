// html2pdf.app: 64-character API keys.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const html2pdfRules: Rule[] = [
  contextRule({
    id: 'html2pdf-api-key',
    provider: 'Html2Pdf',
    family: 'saas',
    description: 'html2pdf.app API key',
    names: ['html2pdf'],
    keywords: ['html2pdf'],
    value: '[A-Za-z0-9]{64}',
    envName: 'HTML2PDF_API_KEY',
    docsUrl: 'https://html2pdf.app/documentation/',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the html2pdf.app dashboard.',
    sample: (g) => g.alnum(64),
    negatives: (g) => [
      `HTML2PDF_API_KEY="${g.alnum(67)}"`, // too long
      `HTML2PDF_API_KEY="${g.alnum(32)}.${g.alnum(31)}"`, // a character outside the alphabet
    ],
  }),
];
