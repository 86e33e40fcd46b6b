// Sidekiq Pro / Enterprise (Contribsys) gem server credentials: Bundler settings named after the host, and credentials in the source URL.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const sidekiqRules: Rule[] = [
  contextRule({
    id: 'sidekiq-credentials',
    provider: 'Sidekiq Pro / Enterprise (Contribsys)',
    family: 'package-registry',
    description: 'Sidekiq Pro / Enterprise gem server credentials',
    names: ['bundle[_-]?(?:enterprise|gems)[_-]{0,2}contribsys[_-]{0,2}com'],
    keywords: ['contribsys'],
    value: '[a-f0-9]{8}:[a-f0-9]{8}',
    envName: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM',
    docsUrl: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-and-Enterprise-Credentials',
    revocationUrl: null,
    revocationNote: 'Ask Contribsys (support@contribsys.com) to rotate your Sidekiq Pro/Enterprise credentials, then update Bundler config and CI secrets.',
    sample: (g) => `${g.hex(8)}:${g.hex(8)}`,
  }),
  {
    id: 'sidekiq-gem-server-url',
    provider: 'Sidekiq Pro / Enterprise (Contribsys)',
    family: 'package-registry',
    priority: 'prefix',
    description: 'Sidekiq Pro / Enterprise gem server URL with credentials',
    keywords: ['contribsys.com'],
    pattern: /https?:\/\/(?<secret>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com(?![A-Za-z0-9.-])/,
    minEntropy: 2.5,
    envName: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM',
    docsUrl: 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro-and-Enterprise-Credentials',
    revocationUrl: null,
    revocationNote: 'Ask Contribsys (support@contribsys.com) to rotate your Sidekiq Pro/Enterprise credentials, then update the Gemfile source and CI secrets.',
    examples: {
      positives: (g) => [`source "https://${g.s(`${g.hex(8)}:${g.hex(8)}`)}@enterprise.contribsys.com/"`, `gem install sidekiq-pro --source https://${g.s(`${g.hex(8)}:${g.hex(8)}`)}@gems.contribsys.com`],
      negatives: () => ['source "https://gems.contribsys.com/"', 'source "https://enterprise.contribsys.com/"'],
    },
  },
];
