// Sidekiq Pro/Enterprise gem credentials: Bundler reads them as BUNDLE_ENTERPRISE__CONTRIBSYS__COM=<8 hex>:<8 hex>.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const contributedSystemsRules: Rule[] = [
  contextRule({
    id: 'contribsys-gem-credentials',
    provider: 'Contributed Systems (Sidekiq)',
    family: 'package-registry',
    description: 'Sidekiq Pro / Enterprise gem server credentials',
    names: ['bundle[_-]{0,2}(?:enterprise|gems)[_-]{0,2}contribsys[_-]{0,2}com'],
    keywords: ['contribsys'],
    value: '[0-9a-f]{8}:[0-9a-f]{8}',
    minEntropy: 2.5,
    envName: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM',
    docsUrl: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-Installation',
    revocationUrl: null,
    revocationNote: 'Ask Contributed Systems (support@contribsys.com) to rotate the license credentials, then update Bundler config everywhere.',
    sample: (g) => `${g.hex(8)}:${g.hex(8)}`,
    negatives: (g) => [`BUNDLE_ENTERPRISE__CONTRIBSYS__COM="${g.hex(8)}${g.hex(8)}"` /* no colon */, `BUNDLE_GEMS__CONTRIBSYS__COM="${g.hex(8)}:${g.hex(6)}"` /* short */],
  }),
];
