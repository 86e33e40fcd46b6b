// Quick fixes for a finding: move it to .env (one undoable WorkspaceEdit across every file it touches),
// ignore this occurrence (a comment), ignore this value everywhere (a fingerprint in .hush.json).
import {
  type CodeAction,
  CodeActionKind,
  type CreateFile,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { DocumentView } from './lineDocument';
import { flavorOf, LineIndex, planAllowComment, planIgnoreEntry, planMoveToEnv, type Finding, type OffsetEdit } from '../engine';
import type { FindingDiagnosticData } from './diagnostics';
import { plannerEnvInputs, type EnvFileSet } from './envFiles';
import { pathToUri } from './workspace';

export interface ActionContext {
  doc: DocumentView;
  path: string | undefined;
  finding: Finding;
  diagnostic: Diagnostic;
  /** Undefined for documents outside any folder on disk (untitled): no file to move the value to. */
  envFiles: EnvFileSet | undefined;
  envLabel: string;
  configPath: string;
  configText: string | undefined;
  /** Version of each file the server has open, for versioned edits. */
  openVersion: (path: string) => number | null;
  supportsCreate: boolean;
  today: string;
}

function toTextEdits(text: string, edits: OffsetEdit[]): TextEdit[] {
  const lines = new LineIndex(text);
  return edits.map((e) => ({ range: { start: lines.position(e.start), end: lines.position(e.end) }, newText: e.newText }));
}

function fileEdit(path: string, text: string | undefined, create: boolean, edits: OffsetEdit[], ctx: ActionContext): Array<CreateFile | TextDocumentEdit> {
  const uri = pathToUri(path);
  const out: Array<CreateFile | TextDocumentEdit> = [];
  if (create) out.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
  out.push({ textDocument: { uri, version: create ? null : ctx.openVersion(path) }, edits: toTextEdits(text ?? '', edits) });
  return out;
}

function sourceEdit(ctx: ActionContext, edits: OffsetEdit[]): TextDocumentEdit {
  return {
    textDocument: { uri: ctx.doc.uri, version: ctx.doc.version },
    edits: edits.map((e) => ({ range: { start: ctx.doc.positionAt(e.start), end: ctx.doc.positionAt(e.end) }, newText: e.newText })),
  };
}

export function moveToEnvAction(ctx: ActionContext): CodeAction | undefined {
  const files = ctx.envFiles;
  if (!files) return undefined;
  // The value is already where it belongs.
  if (ctx.path !== undefined && ctx.path === files.envPath) return undefined;
  const plan = planMoveToEnv({
    text: ctx.doc.getText(),
    languageId: ctx.doc.languageId,
    path: ctx.path,
    secrets: [{ start: ctx.finding.start, end: ctx.finding.end, envName: ctx.finding.envName }],
    ...plannerEnvInputs(files),
    envLabel: ctx.envLabel,
  });
  if (plan.env.create && !ctx.supportsCreate) return undefined;
  const documentChanges: WorkspaceEdit['documentChanges'] = [sourceEdit(ctx, plan.sourceEdits)];
  if (plan.env.edits.length > 0) documentChanges.push(...fileEdit(files.envPath, files.envText, plan.env.create, plan.env.edits, ctx));
  if (plan.envExample) documentChanges.push(...fileEdit(files.envExamplePath, files.envExampleText, false, plan.envExample.edits, ctx));
  if (plan.gitignore) {
    if (plan.gitignore.create && !ctx.supportsCreate) return undefined;
    documentChanges.push(...fileEdit(files.gitignorePath, files.gitignoreText, plan.gitignore.create, plan.gitignore.edits, ctx));
  }
  return { title: plan.title, kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [ctx.diagnostic], edit: { documentChanges } };
}

export function ignoreOccurrenceAction(ctx: ActionContext): CodeAction | undefined {
  const plan = planAllowComment(ctx.doc.getText(), flavorOf(ctx.doc.languageId, ctx.path), ctx.finding.start, ctx.finding.end);
  if (!plan) return undefined;
  return { title: plan.title, kind: CodeActionKind.QuickFix, diagnostics: [ctx.diagnostic], edit: { documentChanges: [sourceEdit(ctx, [plan.edit])] } };
}

export function ignoreEverywhereAction(ctx: ActionContext): CodeAction | undefined {
  const reason = `Marked as not a secret in the editor on ${ctx.today}`;
  const plan = planIgnoreEntry(ctx.configText, ctx.finding.fingerprint, reason);
  if (!plan || plan.newText === ctx.configText) return undefined;
  if (plan.create && !ctx.supportsCreate) return undefined;
  const text = ctx.configText ?? '';
  const whole: OffsetEdit = { start: 0, end: text.length, newText: plan.newText };
  const name = ctx.configPath.slice(Math.max(ctx.configPath.lastIndexOf('/'), ctx.configPath.lastIndexOf('\\')) + 1);
  return {
    title: `Ignore this value everywhere (fingerprint in ${name})`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [ctx.diagnostic],
    edit: { documentChanges: fileEdit(ctx.configPath, ctx.configText, plan.create, [whole], ctx) },
  };
}

/** The finding a diagnostic was made for, if it still exists at the same place in this version. */
export function findingForDiagnostic(findings: Finding[], doc: DocumentView, d: Diagnostic): Finding | undefined {
  const data = d.data as FindingDiagnosticData | undefined;
  if (!data || data.kind !== 'finding') return undefined;
  const start = doc.offsetAt(d.range.start);
  const end = doc.offsetAt(d.range.end);
  return findings.find((f) => f.start === start && f.end === end && f.fingerprint === data.fingerprint);
}
