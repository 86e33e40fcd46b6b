// Shutterstock: shutterstock OAuth access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const shutterstockRules: Rule[] = [
  contextRule({
    id: 'shutterstock-oauth-token',
    provider: 'Shutterstock',
    family: 'saas',
    description: 'Shutterstock OAuth access token',
    names: ['shutterstock'],
    keywords: ['shutterstock'],
    value: 'v2/[A-Za-z0-9+/=]{300,450}',
    end: 'A-Za-z0-9_+/=-',
    maskPrefix: /^v2\//,
    maxValueLength: 460,
    envName: 'SHUTTERSTOCK_API_TOKEN',
    docsUrl: 'https://api-reference.shutterstock.com/#authentication',
    revocationUrl: 'https://www.shutterstock.com/account/developers/apps',
    sample: (g) => `v2/${g.base64(388)}`,
  }),
];
