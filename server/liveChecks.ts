// "Check if this key is live" in the editor: the server plans the request from the open document (the value
// never leaves the server), the client shows the endpoint in a modal and, once confirmed, asks the server to
// send it. Off unless `hush.liveCheck.enabled`, never in an untrusted workspace. A result (kept per user
// with its time, see verify/validityCache.ts) changes the finding's diagnostic wherever the key appears.
import { type CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../engine';
import { isNotCheckable, partsOf, planCheck, severityWithValidity, validityMessage, verifierFor, type NotCheckable, type PlannedRequest, type Validity } from '../engine/verify';
import type { LiveCheckResult, LivePlanResult } from '../protocol/messages';
import type { LiveChecker } from '../verify';
import type { FindingStatus } from './diagnostics';

/** The client command behind the code action (client/liveCheckCommand.ts). */
export const CHECK_LIVE_COMMAND = 'hush.checkLive';

export interface OpenFinding {
  finding: Finding;
  /** The document's text (the value and what lies next to it). */
  text: string;
}

export interface LiveChecksOptions {
  checker: LiveChecker;
  /** False in an untrusted workspace: nothing is planned or sent. */
  trusted(): boolean;
  /** `hush.liveCheck.enabled` for a document. */
  enabled(uri: string): Promise<boolean>;
  /** The finding with this fingerprint in an open document, current. */
  findingIn(uri: string, fingerprint: string): Promise<OpenFinding | undefined>;
  /** A result arrived: republish the documents that hold this fingerprint. */
  onResult(fingerprint: string): void;
}

export class LiveChecks {
  constructor(private readonly options: LiveChecksOptions) {}

  /** Why nothing may be sent for this document now, or undefined when a check may run. */
  private async refusal(uri: string): Promise<string | undefined> {
    if (!this.options.trusted()) return 'live checks are off in an untrusted workspace';
    if (!(await this.options.enabled(uri))) return 'live checks are off (setting hush.liveCheck.enabled)';
    return undefined;
  }

  private async planFor(uri: string, fingerprint: string): Promise<PlannedRequest | NotCheckable> {
    const refused = await this.refusal(uri);
    if (refused) return { notCheckable: refused };
    const open = await this.options.findingIn(uri, fingerprint);
    if (!open) return { notCheckable: 'the secret is no longer in the document' };
    const f = open.finding;
    return planCheck({ ruleId: f.ruleId, fingerprint: f.fingerprint, masked: f.masked, secret: open.text.slice(f.start, f.end), text: open.text, start: f.start, end: f.end, parts: partsOf(f, open.text) });
  }

  /** `hush/livePlan`: what would be sent (masked), for the confirmation. */
  async plan(uri: string, fingerprint: string): Promise<LivePlanResult> {
    const plan = await this.planFor(uri, fingerprint);
    if (isNotCheckable(plan)) return { error: plan.notCheckable };
    const cached = this.options.checker.known(fingerprint);
    return {
      provider: plan.provider,
      endpoint: plan.endpoint,
      carries: plan.carries,
      ...(plan.caveat ? { caveat: plan.caveat } : {}),
      ...(cached ? { cached: toResult(cached) } : {}),
    };
  }

  /** `hush/liveCheck`: sends the (re-planned) request after the user confirmed it. */
  async check(uri: string, fingerprint: string, recheck: boolean): Promise<LiveCheckResult> {
    const plan = await this.planFor(uri, fingerprint);
    if (isNotCheckable(plan)) return { error: plan.notCheckable };
    const v = await this.options.checker.check(plan, { recheck });
    this.options.onResult(fingerprint);
    return toResult(v);
  }

  /** The diagnostic change a known result brings, on top of the git status (a committed key). */
  withValidity(finding: Pick<Finding, 'fingerprint' | 'severity'>, status: FindingStatus | undefined): FindingStatus | undefined {
    const v = this.options.checker.known(finding.fingerprint);
    if (!v) return status;
    const base: Severity = status?.severity ?? finding.severity;
    return {
      ...status,
      severity: v.state === 'unknown' ? status?.severity : severityWithValidity(base, v),
      prefix: `${v.state === 'unknown' ? 'live check ' : ''}${validityMessage(v)}`,
    };
  }

  /** "Check if this key is live…" for a finding whose kind of key Hush can check. */
  async codeAction(uri: string, diagnostic: Diagnostic, finding: Pick<Finding, 'ruleId' | 'fingerprint'>): Promise<CodeAction | undefined> {
    if (!verifierFor(finding.ruleId) || (await this.refusal(uri))) return undefined;
    const known = this.options.checker.known(finding.fingerprint);
    return {
      title: known ? `Check again if this key is live (last: ${validityMessage(known)})…` : 'Check if this key is live…',
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      command: { title: 'Check if this key is live', command: CHECK_LIVE_COMMAND, arguments: [{ uri, fingerprint: finding.fingerprint, recheck: !!known }] },
    };
  }
}

function toResult(v: Validity): Exclude<LiveCheckResult, { error: string }> {
  return { state: v.state, message: validityMessage(v), detail: v.detail, checkedAt: v.checkedAt, endpoint: v.endpoint };
}
