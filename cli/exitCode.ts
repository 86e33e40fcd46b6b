// The scan commands' exit code, in a module of its own: `scan --history` needs it without loading the
// engine (cli/emit.ts does), so the engine can start while git already writes the log.

/**
 * 1 when anything but information-level notes was found, else 0: public-by-design identifiers (a Sentry DSN, a
 * browser Maps key) are shown but never fail a scan or a hook.
 */
export function exitCodeFor(findings: readonly { severity: string }[]): number {
  return findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
