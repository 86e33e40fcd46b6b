// PDFShift: pDFShift API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pdfshiftRules: Rule[] = [
  contextRule({
    id: 'pdfshift-api-key',
    provider: 'PDFShift',
    family: 'saas',
    description: 'PDFShift API key',
    names: ['pdfshift'],
    keywords: ['pdfshift'],
    value: '[a-f0-9]{32}',
    envName: 'PDFSHIFT_API_KEY',
    docsUrl: 'https://docs.pdfshift.io/#authentication',
    revocationUrl: 'https://app.pdfshift.io/env/',
    sample: (g) => g.hex(32),
  }),
];
