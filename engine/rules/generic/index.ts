// Generic rules: secrets recognised by the name they are given, not by a provider's format.
import type { Rule } from '../../types';
import { secretAssignmentRule } from './assignment';
import { secretValueHolderRule } from './valueHolder';

export const genericRules: Rule[] = [secretAssignmentRule, secretValueHolderRule];
