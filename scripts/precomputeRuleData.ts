// Build step (esbuild.mjs): the built-in rules' derived data that becomes engine/detect/precomputed.ts in bundles.
import { computeRuleData } from '../engine/detect/ruleData';
import { builtinRules } from '../engine/rules';

export const ruleData = () => computeRuleData(builtinRules);
