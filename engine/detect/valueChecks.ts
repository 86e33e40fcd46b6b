// The checks every rule's value passes before its own validator: shared by the scan and the worker that runs
// custom rules under a deadline (workspace/regexWorker.ts), which must go on from the same place on a reject.
import { isPlaceholder } from '../validators/placeholder';
import { shannonEntropy } from '../validators/valueStats';
import type { Rule } from '../types';

/** True when the value is a placeholder or below the rule's entropy floor. */
export function rejectsValue(rule: Pick<Rule, 'skipPlaceholderCheck' | 'minEntropy'>, secret: string): boolean {
  return (!rule.skipPlaceholderCheck && isPlaceholder(secret)) || (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy);
}
