// Storyblok: storyblok access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const storyblokRules: Rule[] = [
  contextRule({
    id: 'storyblok-access-token',
    provider: 'Storyblok',
    family: 'saas',
    description: 'Storyblok access token',
    names: ['storyblok'],
    keywords: ['storyblok'],
    value: '[A-Za-z0-9]{22}tt',
    envName: 'STORYBLOK_ACCESS_TOKEN',
    docsUrl: 'https://www.storyblok.com/docs/api/content-delivery/v2/getting-started/authentication',
    revocationUrl: 'https://app.storyblok.com/#/me/spaces',
    sample: (g) => `${g.alnum(22)}tt`,
  }),
];
