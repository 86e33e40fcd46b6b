// The one place a finding becomes a diagnostic. A finding's git status (committed, pushed: server/incidents.ts)
// comes in as a `FindingStatus` and changes the severity, the message and, through `data.status`, the actions.
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { DocumentView } from './lineDocument';
import type { Finding, Rule, Severity } from '../engine';
import type { HushSettings } from './settings';
import { partsPhrase } from '../git/incident';

export const DIAGNOSTIC_SOURCE = 'hush';
export const SCAN_LIMITED_CODE = 'scan-limited';
export const CONFIG_PROBLEM_CODE = 'config';

/** What a code action needs to find the finding again; never the value itself. */
export interface FindingDiagnosticData {
  kind: 'finding';
  fingerprint: string;
  ruleId: string;
  envName: string;
  /** Document version the diagnostic was computed for: fixes are keyed by it. */
  version: number;
  /** The git status, e.g. `committed`: the actions change from "move" to "respond". */
  status?: string;
}

/** Extra facts about a finding from outside the scan (git history). All fields optional. */
export interface FindingStatus {
  severity?: Severity;
  /** Replaces the default "hard-coded: move it to .env" tail. */
  message?: string;
  /** Said first, before the tail (a validity result: `LIVE — revoke now`). */
  prefix?: string;
  status?: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information };
const SETTING_SEVERITY: Record<Exclude<HushSettings['severity'], 'default'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The severity shown: a git status (a committed secret is an incident) outranks the user's blanket setting,
 * which outranks the rule's own. */
export function diagnosticSeverity(own: Severity, settings: Pick<HushSettings, 'severity'> | undefined, status?: FindingStatus): DiagnosticSeverity {
  if (status?.severity) return SEVERITY[status.severity];
  return settings && settings.severity !== 'default' ? SETTING_SEVERITY[settings.severity] : SEVERITY[own];
}

/**
 * `GitHub personal access token (ghp_…x9Qa)`: the provider named once, the value masked; the other parts of a
 * multi-part credential follow (`… with its access key ID (AKIA…WXYZ)`).
 */
export function findingLabel(f: Pick<Finding, 'description' | 'provider' | 'masked'> & { family?: string; related?: readonly { label: string; masked: string }[] }): string {
  const named = f.description.toLowerCase().includes(f.provider.toLowerCase()) || f.family === 'generic' ? f.description : `${f.provider} ${f.description}`;
  return `${named} (${f.masked})${partsPhrase(f.related)}`;
}

/** True for the secret store itself (`.env`, `.env.local`, the configured file), not its `.example`. */
function isSecretStoreFile(uri: string, envFile: string): boolean {
  const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  const configured = envFile.slice(envFile.replace(/\\/g, '/').lastIndexOf('/') + 1);
  return (name === configured || /^\.env(?:\.[\w-]+)?$/.test(name)) && !/\.(?:example|sample|template|dist)$/.test(name);
}

export function findingDiagnostic(f: Finding, doc: DocumentView, settings: HushSettings, rule: Rule | undefined, status?: FindingStatus): Diagnostic {
  const severity = diagnosticSeverity(f.severity, settings, status);
  const data: FindingDiagnosticData = { kind: 'finding', fingerprint: f.fingerprint, ruleId: f.ruleId, envName: f.envName, version: doc.version, status: status?.status };
  const diagnostic: Diagnostic = {
    range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) },
    severity,
    source: DIAGNOSTIC_SOURCE,
    code: f.ruleId,
    // In the store itself the value is where it belongs; the risk is the file reaching git.
    message:
      isSecretStoreFile(doc.uri, settings.envFile) && !status?.message
        ? `${findingLabel(f)} in a secret store file: ${status?.prefix ? `${status.prefix}; ` : ''}keep it out of git (list it in .gitignore) and never commit it`
        : `${findingLabel(f)} hard-coded: ${status?.prefix ? `${status.prefix}; ` : ''}${status?.message ?? `move it to ${settings.envFile}`}`,
    data,
  };
  if (rule?.docsUrl) diagnostic.codeDescription = { href: rule.docsUrl };
  // Each other part of the credential is shown where it is (the Problems panel lists them under the finding).
  if (f.related && f.related.length > 0) {
    diagnostic.relatedInformation = f.related.map((r) => ({
      location: { uri: doc.uri, range: { start: doc.positionAt(r.start), end: doc.positionAt(r.end) } },
      message: `${r.label} (${r.masked}) of the same credential`,
    }));
  }
  return diagnostic;
}

/** The visible notice on a document too large to scan completely. */
export function scanLimitedDiagnostic(scannedUpTo: number, total: number): Diagnostic {
  const mb = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: DIAGNOSTIC_SOURCE,
    code: SCAN_LIMITED_CODE,
    message: `Hush scanned only the first ${mb(scannedUpTo)} of this ${mb(total)} document (setting hush.maxScanSizeMB); run \`hush scan\` on the file for a full scan.`,
    data: { kind: SCAN_LIMITED_CODE },
  };
}
