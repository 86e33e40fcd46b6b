// Public surface of the engine: editor-agnostic, no vscode, no LSP, no file system.
export { createScanner } from './scan';
export type { Scanner, ScannerOptions } from './scan';
export { parseConfig, unsafePatternReason, CONFIG_FILE_NAMES, DEFAULT_CONFIG } from './config';
export type { HushConfig, ConfigProblem, IgnoreEntry, CustomRuleConfig } from './config';
export { builtinRules } from './rules';
export { regexSafetyProblem, TRADE_BUDGET } from './regexSafety';
export { LineIndex } from './lineIndex';
export { maskSecret } from './mask';
export { fingerprint, valueHash } from './fingerprint';
export type { Finding, Rule, RuleFamily, Severity, ScanOptions } from './types';
