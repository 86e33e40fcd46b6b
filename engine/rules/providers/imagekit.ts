// ImageKit private API keys: `private_` + 27 base64 characters and `=`.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const imagekitRules: Rule[] = [
  contextRule({
    id: 'imagekit-private-key',
    provider: 'ImageKit',
    family: 'saas',
    description: 'ImageKit private API key',
    names: ['imagekit'],
    keywords: ['imagekit'],
    value: 'private_[A-Za-z0-9+/]{27}=',
    end: 'A-Za-z0-9_+/=-',
    maskPrefix: /^private_/,
    envName: 'IMAGEKIT_PRIVATE_KEY',
    docsUrl: 'https://imagekit.io/docs/api-keys',
    revocationUrl: 'https://imagekit.io/dashboard/developer/api-keys',
    sample: (g) => `private_${g.base64(27)}=`,
    negatives: (g) => [`IMAGEKIT_PUBLIC_KEY="public_${g.base64(27)}="` /* public key */],
  }),
];
