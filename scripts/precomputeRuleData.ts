// Build step (esbuild.mjs): the built-in rules' derived data that becomes engine/precomputed.ts in bundles.
import { computeRuleData } from '../engine/ruleData';
import { builtinRules } from '../engine/rules';

export const ruleData = () => computeRuleData(builtinRules);
