// LlamaCloud (LlamaIndex, LlamaParse) API keys: `llx-` + 48 characters.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const llamacloudRules: Rule[] = [
  tokenRule({
    id: 'llamacloud-api-key',
    provider: 'LlamaIndex (LlamaCloud)',
    family: 'ai',
    description: 'LlamaCloud API key',
    prefix: 'llx-',
    body: '[A-Za-z0-9]{48}',
    envName: 'LLAMA_CLOUD_API_KEY',
    docsUrl: 'https://docs.cloud.llamaindex.ai/api_key',
    revocationUrl: 'https://cloud.llamaindex.ai/api-key',
    sample: (g) => `llx-${g.alnum(48)}`,
    negatives: (g) => [
      `LLAMA_CLOUD_API_KEY="LLX-${g.alnum(48)}"`, // prefix in the wrong case
    ],
  }),
];
