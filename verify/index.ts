// Network side of validity checks (the engine plans them as data): HTTPS client, SigV4 signing, per-host
// spacing, the per-user result cache. Imported by the CLI and the language server; imports only the engine.
export { LiveChecker, DEFAULT_TIMEOUT_MS, DEFAULT_HOST_INTERVAL_MS } from './liveChecker';
export type { LiveCheckerOptions } from './liveChecker';
export { ValidityCache, defaultCachePath, CACHE_MAX_AGE_MS } from './validityCache';
export { httpsRequest, NoAnswerError } from './httpsRequest';
export type { HttpsOptions, HttpsAnswer, OutgoingRequest } from './httpsRequest';
export { HostRateLimiter } from './rateLimiter';
