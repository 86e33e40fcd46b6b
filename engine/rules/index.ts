// Every built-in rule, grouped by provider family (one file each).
import type { Rule } from '../types';
import { cloudRules } from './cloud';
import { databaseRules } from './database';
import { genericRules } from './generic';
import { messagingRules } from './messaging';
import { paymentRules } from './payments';
import { privateKeyRules } from './privateKeys';
import { sourceHostingRules } from './sourceHosting';

export const builtinRules: readonly Rule[] = [
  ...cloudRules,
  ...sourceHostingRules,
  ...paymentRules,
  ...messagingRules,
  ...databaseRules,
  ...privateKeyRules,
  ...genericRules,
];
