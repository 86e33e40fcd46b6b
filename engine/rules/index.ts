// Every built-in rule, grouped by provider family (one file per family, big families split by theme).
// Order matters only for exact ties (two rules claiming the same span, same length): the earlier rule is
// kept, so provider rules come before the format rules (JWT, basic-auth URL, credential files).
import type { Rule } from '../types';
import { aiRules } from './ai';
import { cloudRules } from './cloud';
import { databaseRules } from './database';
import { genericRules } from './generic';
import { messagingRules } from './messaging';
import { observabilityRules } from './observability';
import { packageRegistryRules } from './packageRegistries';
import { paymentRules } from './payments';
import { privateKeyRules } from './privateKeys';
import { sourceHostingRules } from './sourceHosting';

export const builtinRules: readonly Rule[] = [
  ...cloudRules,
  ...sourceHostingRules,
  ...paymentRules,
  ...messagingRules,
  ...aiRules,
  ...packageRegistryRules,
  ...observabilityRules,
  ...databaseRules,
  ...privateKeyRules,
  ...genericRules,
];
