// Baidu AI Cloud: Baidu AI Cloud application Secret Key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const baiduRules: Rule[] = [
  contextRule({
    id: 'baidu-ai-secret-key',
    provider: 'Baidu AI Cloud',
    family: 'ai',
    description: 'Baidu AI Cloud application Secret Key',
    names: ['baidu[a-z_-]{0,12}secret'],
    keywords: ['baidu'],
    value: '[A-Za-z0-9]{32}',
    envName: 'BAIDU_SECRET_KEY',
    docsUrl: 'https://ai.baidu.com/ai-doc/REFERENCE/Ck3dwjhhu',
    revocationUrl: null,
    revocationNote: 'Reset the Secret Key of the application in the Baidu AI Cloud console (Applications → the app → Manage).',
    sample: (g) => g.alnum(32),
    parts: [namedPart({ id: 'api-key', label: 'API key', names: ['baidu[_-]?(?:ai[_-]?)?api[_-]?key'], value: '[A-Za-z0-9]{24}', envName: 'BAIDU_API_KEY' })],
    positives: (g) => [`BAIDU_API_KEY=${g.p(g.alnum(24))}\nBAIDU_SECRET_KEY=${g.s(g.alnum(32))}\n`],
  }),
];
