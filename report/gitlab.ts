// GitLab's secret-detection report (`artifacts: reports: secret_detection`), the schema its merge-request
// widget and vulnerability report read: security-report-schemas 15.1.4, vendored for the test under
// test/fixtures/gitlab/. Masked values only: `raw_source_code_extract` would be the secret itself, so it is
// never written. Each vulnerability's id is derived from its fingerprint and place, so a re-run keeps it.
import type * as Crypto from 'node:crypto';
import type { Rule } from '../engine';
import { validityMessage } from '../engine/verify/validityText';
import type { ScanReport } from './scanReport';

export const GITLAB_SCHEMA_VERSION = '15.1.4';
const SCHEMA_URL = `https://gitlab.com/gitlab-org/security-products/security-report-schemas/-/raw/v${GITLAB_SCHEMA_VERSION}/dist/secret-detection-report-format.json`;
/** The commit GitLab's own analyzer names for a working-tree scan outside a repository (the field is required). */
export const UNKNOWN_COMMIT = '0000000';

const SEVERITY = { error: 'Critical', warning: 'High', info: 'Info' } as const;

export interface GitLabReportContext {
  rules: readonly Rule[];
  version: string;
  /** The commit scanned: CI_COMMIT_SHA in GitLab CI, else HEAD, else UNKNOWN_COMMIT. */
  commit: string;
  /** When the scan ended (now, for a report written at once). */
  endedAt: Date;
}

/** `yyyy-mm-ddThh:mm:ss` in UTC, the only form the schema accepts (no fraction, no zone). */
function schemaTime(d: Date): string {
  return d.toISOString().slice(0, 19);
}

// Loaded on first use (as engine/fingerprint.ts does): every command that can write a report imports this module, and
// a clean pre-commit scan or a text report never hashes.
let nodeCrypto: typeof Crypto | undefined;

/** A UUID-shaped id from what identifies the finding: the same secret at the same place keeps its id. */
function stableId(...parts: Array<string | number>): string {
  nodeCrypto ??= require('node:crypto') as typeof Crypto;
  const h = nodeCrypto.createHash('sha256').update(parts.join('\0')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

const httpUrl = (u: string | null | undefined) => (u && /^https?:\/\/./.test(u) ? u : undefined);

export function toGitLabReport(report: ScanReport, ctx: GitLabReportContext) {
  const byId = new Map(ctx.rules.map((r) => [r.id, r]));
  const tool = { id: 'hush', name: 'Hush', version: ctx.version, vendor: { name: 'Hush' } };
  const messages = [
    ...(report.stats.ruleTimeouts ?? []).map((t) => ({ level: 'warn' as const, value: `custom rule ${t.ruleId} was stopped at its time budget: the scan is incomplete for it` })),
    ...report.stats.skipped
      .filter((s) => s.reason === 'error' || s.reason === 'unreadable')
      .map((s) => ({ level: 'warn' as const, value: `${s.file} was not scanned (${s.reason}${s.detail ? `: ${s.detail}` : ''})` })),
  ];
  const vulnerabilities = report.findings.map((f) => {
    const rule = byId.get(f.ruleId);
    const revoke = httpUrl(rule?.revocationUrl);
    return {
      id: stableId(f.fingerprint, f.file, f.line, f.column),
      name: f.description.slice(0, 255),
      description: `${f.description} (${f.masked}) ${f.notebookOutput ? `in the saved output of notebook cell ${f.notebookOutput.cell},` : 'hard-coded in'} ${f.file}:${f.line}${f.validity ? `: ${validityMessage(f.validity)}` : ''}`,
      severity: SEVERITY[f.severity],
      solution: `Move the value to a secret store (hush's "Move to .env" quick fix). If it was committed, revoke it first${revoke ? `: ${revoke}` : ''}.`,
      identifiers: [{ type: 'hush_rule_id', name: `Hush rule ${f.ruleId}`, value: f.ruleId, ...(httpUrl(rule?.docsUrl) ? { url: httpUrl(rule?.docsUrl) } : {}) }],
      ...(revoke ? { links: [{ name: 'Revoke this key', url: revoke }] } : {}),
      location: { file: f.file, start_line: f.line, end_line: f.endLine, commit: { sha: ctx.commit } },
    };
  });
  return {
    version: GITLAB_SCHEMA_VERSION,
    schema: SCHEMA_URL,
    scan: {
      analyzer: tool,
      scanner: { ...tool, url: 'https://github.com/hush-dev/hush' },
      type: 'secret_detection' as const,
      // Incomplete when a custom rule was stopped: the report says so rather than claim a clean scan.
      status: (report.stats.ruleTimeouts?.length ?? 0) > 0 ? ('failure' as const) : ('success' as const),
      start_time: schemaTime(new Date(ctx.endedAt.getTime() - report.stats.durationMs)),
      end_time: schemaTime(ctx.endedAt),
      ...(messages.length > 0 ? { messages } : {}),
    },
    vulnerabilities,
  };
}
