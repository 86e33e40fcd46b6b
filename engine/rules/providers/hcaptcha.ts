// hCaptcha secret keys: `0x` + 40 hex digits (the documented all-zero test secret is not a finding).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const hcaptchaRules: Rule[] = [
  contextRule({
    id: 'hcaptcha-secret-key',
    provider: 'hCaptcha',
    family: 'saas',
    description: 'hCaptcha secret key',
    names: ['hcaptcha'],
    keywords: ['hcaptcha'],
    value: '0x[a-fA-F0-9]{40}',
    maskPrefix: /^0x/,
    envName: 'HCAPTCHA_SECRET',
    docsUrl: 'https://docs.hcaptcha.com/#verify-the-user-response-server-side',
    revocationUrl: 'https://dashboard.hcaptcha.com/settings/secrets',
    sample: (g) => `0x${g.hex(40)}`,
    negatives: (g) => [`HCAPTCHA_SECRET="0x${'0'.repeat(40)}"` /* documented test secret */, `HCAPTCHA_SECRET="0x${g.hex(30)}"` /* short */, `HCAPTCHA_SITEKEY="${g.uuid()}"`],
  }),
];
