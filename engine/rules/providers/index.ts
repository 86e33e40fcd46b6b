// Provider rules added one file per provider (engine/rules/providers/<provider>.ts), listed here in
// alphabetical order of file name. The first rules live in the family files beside this folder
// (engine/rules/<family>.ts); a new rule for a provider already there goes next to its siblings.
import type { Rule } from '../../types';

export const providerRules: readonly Rule[] = [];
