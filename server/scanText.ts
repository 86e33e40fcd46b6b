// `hush/scanText`: finds secrets in clipboard text (with the lines around the paste point, under the
// document's project config) and plans the reference paste with the same planner as "Move to .env".
// The reply carries masked values only; the raw value travels solely inside the `.env` edit.
import { ErrorCodes, ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { findPastedSecrets, LineIndex, normalizePastedText, planPasteGuard, type Finding, type OffsetEdit, type Scanner, type StoreId } from '../engine';
import { MAX_SCAN_TEXT_CHARS, type ScanTextFinding, type ScanTextParams, type ScanTextResult } from '../protocol/messages';
import { plannerEnvInputs, type EnvFileSet } from './envFiles';
import { storeEditProblem, storeFileChanges } from './envEdits';
import type { EnvReservations } from './envReservations';

/** The files a move to `.env` touches, as the server reads them (unsaved editor text wins). */
export type PasteEnvFiles = EnvFileSet;

export interface ScanTextContext {
  /** Undefined when Hush does not scan this document (disabled, excluded, git-ignored). */
  scanner: Scanner | undefined;
  path: string | undefined;
  /** Read only when a secret was found (it asks git). Undefined for documents outside any folder on disk. */
  envFiles(): Promise<PasteEnvFiles | undefined>;
  /** The `hush.envFile` setting, shown in titles. */
  envLabel: string;
  /** Where moved values go; a store other than `.env` is written by the Move fix's command, never by a paste. */
  storeId?: StoreId;
}

export interface ScanTextDeps {
  contextFor(uri: string, languageId: string): Promise<ScanTextContext>;
  /** Version of a file the server has open, for versioned edits of `.env` & co. */
  openVersion(path: string): number | null;
  supportsCreate(): boolean;
  /** `.env` names promised to edits that have not landed yet. */
  reservations: EnvReservations;
}

function invalid(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `hush/scanText: ${message}`);
}

const isOffset = (v: unknown, max: number) => v === undefined || (Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max);

/** Checks the shape of what a client sent; the message names the field, never its content. */
export function checkScanTextParams(p: unknown): ScanTextParams | ResponseError<void> {
  if (typeof p !== 'object' || p === null) return invalid('params must be an object');
  const o = p as Record<string, unknown>;
  if (typeof o.uri !== 'string' || o.uri === '') return invalid('uri must be a non-empty string');
  if (typeof o.languageId !== 'string') return invalid('languageId must be a string');
  if (typeof o.text !== 'string') return invalid('text must be a string');
  if (o.documentText !== undefined && typeof o.documentText !== 'string') return invalid('documentText must be a string');
  const docLength = typeof o.documentText === 'string' ? o.documentText.length : 0;
  if (!isOffset(o.insertStart, docLength)) return invalid('insertStart must be an offset in documentText');
  if (!isOffset(o.insertEnd, docLength) || (o.insertEnd !== undefined && (o.insertEnd as number) < ((o.insertStart as number | undefined) ?? 0))) {
    return invalid('insertEnd must be an offset in documentText, not before insertStart');
  }
  return o as unknown as ScanTextParams;
}

function summary(f: Finding): ScanTextFinding {
  const related = f.related?.map((r) => ({ start: r.start, end: r.end, label: r.label, masked: r.masked, envName: r.envName, sensitive: r.sensitive }));
  return {
    start: f.start,
    end: f.end,
    ruleId: f.ruleId,
    provider: f.provider,
    description: f.description,
    severity: f.severity,
    masked: f.masked,
    fingerprint: f.fingerprint,
    envName: f.envName,
    ...(related ? { related } : {}),
  };
}

function textEdits(text: string, edits: OffsetEdit[]) {
  const lines = new LineIndex(text);
  return edits.map((e) => ({ range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.newText }));
}

export async function scanText(raw: unknown, deps: ScanTextDeps): Promise<ScanTextResult | ResponseError<void>> {
  const params = checkScanTextParams(raw);
  if (params instanceof ResponseError) return params;
  if (params.text.length === 0 || params.text.length > MAX_SCAN_TEXT_CHARS) return { findings: [] };
  const ctx = await deps.contextFor(params.uri, params.languageId);
  if (!ctx.scanner) return { findings: [] };
  const documentText = params.documentText;
  const text = documentText === undefined ? params.text : normalizePastedText(documentText, params.text);
  const insertStart = params.insertStart ?? documentText?.length ?? 0;
  const insertEnd = params.insertEnd ?? insertStart;
  const findings = findPastedSecrets(ctx.scanner, { pastedText: text, documentText, insertStart, insertEnd, path: ctx.path, languageId: params.languageId });
  const result: ScanTextResult = { findings: findings.map(summary) };
  if (findings.length === 0) return result;
  if (documentText === undefined) return { ...result, noPlanReason: 'no-document' };
  const files = await ctx.envFiles();
  if (!files) return { ...result, noPlanReason: 'no-folder' };
  if (ctx.path !== undefined && ctx.path === files.envPath) return { ...result, noPlanReason: 'env-file' };
  // A paste edit cannot run the store tool first, and a reference to a value the store does not hold would lose
  // it: the text lands as pasted and the warning's Move runs the store's quick fix.
  if (ctx.storeId !== undefined && ctx.storeId !== 'dotenv') return { ...result, noPlanReason: 'store-needs-command', noPlanDetail: ctx.storeId };
  const plan = planPasteGuard({
    documentText,
    insertStart,
    insertEnd,
    pastedText: text,
    secrets: findings.flatMap((f) => [{ start: f.start, end: f.end, envName: f.envName }, ...(f.related ?? []).map((r) => ({ start: r.start, end: r.end, envName: r.envName }))]),
    languageId: params.languageId,
    path: ctx.path,
    ...plannerEnvInputs(files, deps.reservations),
    envLabel: ctx.envLabel,
  });
  if (!plan) return { ...result, noPlanReason: 'env-file' };
  if ((plan.env.create || plan.gitignore?.create) && !deps.supportsCreate()) return { ...result, noPlanReason: 'cannot-create-files' };
  // A read-only or locked `.env`: no plan, so the text lands as pasted and the warning says why.
  const blocked = storeEditProblem(files, plan, ctx.envLabel);
  if (blocked) return { ...result, noPlanReason: 'store-not-writable', noPlanDetail: blocked };
  const changes: NonNullable<WorkspaceEdit['documentChanges']> = [];
  // The pasted-into document: version null, because the paste itself changes it as the edit is applied.
  if (plan.documentEdits.length > 0) changes.push({ textDocument: { uri: params.uri, version: null }, edits: textEdits(documentText, plan.documentEdits) });
  changes.push(...storeFileChanges(files, plan, deps.openVersion, deps.reservations));
  return {
    ...result,
    plan: { form: plan.form, title: plan.pasteTitle, insertText: plan.insertText, names: plan.names, additionalEdit: { documentChanges: changes } },
  };
}
