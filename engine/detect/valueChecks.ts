// The checks every rule's value passes before its own validator: shared by the scan and the worker that runs
// custom rules under a deadline (workspace/regexWorker.ts), which must go on from the same place on a reject.
import { isPlaceholder } from '../validators/placeholder';
import { shannonEntropy } from '../validators/valueStats';
import type { Rule } from '../types';

/**
 * A placeholder in angle brackets with blanks in it (`<testpypi token>`, `<your API key>`), cut by a value pattern
 * that stops at the first blank: the value opens a bracket that the rest of the line closes.
 */
export function isCutAnglePlaceholder(secret: string, text: string, end: number): boolean {
  return secret.startsWith('<') && !secret.includes('>') && /^[ \t][^\n<>]{0,60}>/.test(text.slice(end, end + 64));
}

/** True when the value is a placeholder (seen in its line when `text` is given) or below the rule's entropy floor. */
export function rejectsValue(rule: Pick<Rule, 'skipPlaceholderCheck' | 'minEntropy'>, secret: string, text?: string, end?: number): boolean {
  if (!rule.skipPlaceholderCheck && (isPlaceholder(secret) || (text !== undefined && end !== undefined && isCutAnglePlaceholder(secret, text, end)))) return true;
  return rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy;
}
