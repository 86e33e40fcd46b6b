// Public surface of tree scanning, shared by the CLI and the language server ("Hush: Scan Workspace").
export { scanWorkspace, SMALL_TREE_FILES } from './scanWorkspace';
export type { WorkspaceScanOptions, WorkspaceScanSummary } from './scanWorkspace';
export { walkFiles } from './walk';
export type { WalkOptions, WalkedFile } from './walk';
export { readText, decode, decodings, DEFAULT_MAX_FILE_BYTES } from './readFile';
export type { ReadResult } from './readFile';
export { makeScanner, contentHash } from './scanFile';
export { reportedFinding, toReported } from './reported';
export { MemoryScanCache } from './cache';
export type { ScanCache, CacheEntry } from './cache';
export type { FileResult, ReportedFinding, ScanProgress, ScanStats, SkipReason, SkippedFile } from './types';
