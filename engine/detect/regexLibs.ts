// The regex analysers regexSafety.ts needs (regexpp, scslre and their refa dependency: about 1.3 MB of
// code). The CLI and server bundles ship this as its own file (dist/regexLibs.js, see esbuild.mjs),
// loaded only when a config has custom rules to check; other bundles inline it.
export { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
export { analyse } from 'scslre';
export { getConsumedChars, getEffectiveMaximumRepetition, getFirstConsumedChar, getFirstConsumedCharAfter, toCache } from 'regexp-ast-analysis';
