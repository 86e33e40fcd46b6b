// Tenable: tenable Vulnerability Management API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const tenableRules: Rule[] = [
  contextRule({
    id: 'tenable-api-key',
    provider: 'Tenable',
    family: 'saas',
    description: 'Tenable Vulnerability Management API key',
    names: ['tenable'],
    keywords: ['tenable'],
    value: '[a-f0-9]{64}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'TENABLE_SECRET_KEY',
    docsUrl: 'https://developer.tenable.com/docs/authorization',
    revocationUrl: 'https://cloud.tenable.com/tio/app.html#/settings/my-account/api-keys',
    sample: (g) => g.hex(64),
  }),
];
