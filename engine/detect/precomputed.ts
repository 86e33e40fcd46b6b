// Data derived from the built-in rules, computed at build time so start-up does no per-rule analysis:
// esbuild.mjs replaces this module's body with the output of engine/detect/ruleData.ts (computeRuleData) for
// the rules being bundled. As source it is empty, so type-checking and ad-hoc bundles compute at run time.
export interface EncodedRuleData {
  /** The keywords the prefilter tables were built for (ruleData.ts keywordSignature): used only when equal. */
  signature: string;
  /**
   * Pattern sources and their longest matches (patternLength.ts), -1 for unbounded, at the same index: two arrays,
   * not an object keyed by source, because JSON.parse interns every key (2.3 MB of sources, most of the parse).
   */
  lengths: { sources: string[]; values: number[] };
  /** The prefilter's tables (prefilter.ts PrefilterTables): each array as base64 of little-endian int32. */
  prefilter: { ruleCount: number; arrays: Record<'parent' | 'char' | 'fail' | 'outStart' | 'outRule' | 'outLength', string> };
}

export const PRECOMPUTED: EncodedRuleData | undefined = undefined;
