// "Find every place this secret is used" and "Export incident report" for a finding of an open document:
// the workspace folder, the other clones named in `hush.incident.otherClones`, and their git histories,
// searched by the same code as `hush where` / `hush incident report` (workspace/). The value stays in the
// server; the client gets Markdown (and JSON) with masked values only. The last search per value is kept so
// the incident checklist can list the places as the systems to rotate.
import { isAbsolute, relative, resolve } from 'node:path';
import type { Finding, HushConfig, Rule } from '../engine';
import type { Place } from '../engine/places';
import type { Validity } from '../engine/verify';
import { folderLabel } from '../workspace/findPlaces';
import { gatherIncidentEvidence, type IncidentEvidence } from '../workspace/incidentEvidence';
import { makeScanner } from '../workspace/scanFile';
import { formatPlacesText } from '../report/places';
import { incidentReportJson, incidentReportMarkdown } from '../report/incidentReport';
import type { FindPlacesResult, IncidentReportResult } from '../protocol/messages';

export interface IncidentToolsOptions {
  /** The finding with this fingerprint in an open document, with the document's folder and path. */
  findingIn(uri: string, fingerprint: string): Promise<{ finding: Finding; text: string; folder: string | undefined; path: string | undefined; rule: Rule | undefined } | undefined>;
  /** `hush.incident.otherClones` for a document. */
  otherClones(uri: string): Promise<string[]>;
  /** The project config for a folder (its ignore list is dropped: an ignored value is still a place). */
  configForDir(dir: string): HushConfig;
  /** False in an untrusted workspace: no git, no other folders. */
  trusted(): boolean;
  /** The last validity result, whatever its age. */
  lastValidity(fingerprint: string): Validity | undefined;
  version: string;
}

export class IncidentTools {
  /** Value hash → the places found by the last search. */
  private readonly lastPlaces = new Map<string, Place[]>();

  constructor(private readonly options: IncidentToolsOptions) {}

  /** The places found for a fingerprint's value by the last search, if any (for the checklist). */
  placesOf(fingerprint: string): Place[] | undefined {
    return this.lastPlaces.get(fingerprint.slice(fingerprint.lastIndexOf(':') + 1));
  }

  async findPlaces(uri: string, fingerprint: string, signal?: AbortSignal): Promise<FindPlacesResult> {
    const ctx = await this.context(uri, fingerprint, signal);
    if ('error' in ctx) return ctx;
    const { evidence } = ctx;
    const markdown = `# Where ${evidence.secret.provider} ${evidence.secret.masked} is used\n\n\`\`\`text\n${formatPlacesText({
      target: { fingerprint, valueHash: fingerprint.slice(fingerprint.lastIndexOf(':') + 1), masked: evidence.secret.masked, provider: evidence.secret.provider },
      places: evidence.places,
      searched: evidence.searched,
      problems: ctx.problems,
      repositoryPaths: {},
    })}\`\`\`\n`;
    return { markdown, count: evidence.places.length };
  }

  async incidentReport(uri: string, fingerprint: string, signal?: AbortSignal): Promise<IncidentReportResult> {
    const ctx = await this.context(uri, fingerprint, signal);
    if ('error' in ctx) return ctx;
    return { json: incidentReportJson(ctx.evidence), markdown: incidentReportMarkdown(ctx.evidence), fileStem: `hush-incident-${fingerprint.slice(fingerprint.lastIndexOf(':') + 1)}` };
  }

  private async context(uri: string, fingerprint: string, signal?: AbortSignal): Promise<{ error: string } | { evidence: IncidentEvidence; problems: string[] }> {
    const open = await this.options.findingIn(uri, fingerprint);
    if (!open) return { error: 'the secret is no longer in the document' };
    const { finding: f, text, rule } = open;
    const base = open.folder ?? (open.path ? resolve(open.path, '..') : undefined);
    if (!base) return { error: 'the document is not saved in a folder: there is nowhere to search' };
    const trusted = this.options.trusted();
    const others = trusted ? (await this.options.otherClones(uri)).map((p) => (isAbsolute(p) ? p : resolve(base, p))) : [];
    const roots = [{ path: base, label: '.' }, ...[...new Set(others)].filter((p) => p !== base).map((p) => ({ path: p, label: folderLabel(p, base) }))];
    const { evidence, problems } = await gatherIncidentEvidence({
      secret: {
        provider: f.provider,
        ruleId: f.ruleId,
        description: f.description,
        masked: f.masked,
        fingerprint: f.fingerprint,
        envName: f.envName,
        revocationUrl: rule?.revocationUrl ?? null,
        ...(rule?.revocationNote ? { revocationNote: rule.revocationNote } : {}),
      },
      search: {
        roots,
        valueHash: fingerprint.slice(fingerprint.lastIndexOf(':') + 1),
        value: text.slice(f.start, f.end),
        scannerFor: (dir) => makeScanner({ ...this.options.configForDir(dir), ignore: [] }),
        // In an untrusted workspace git is not run at all (git/exec.ts): the working tree only.
        history: trusted,
        // A repository nested in the workspace folder (the folder itself is not one): the document's own history.
        ...(open.path ? { historyFrom: [{ path: resolve(open.path, '..'), label: folderLabel(resolve(open.path, '..'), base) }] } : {}),
        signal,
      },
      reportedAt: open.path
        ? {
            file: relative(base, open.path).split('\\').join('/'),
            line: lineOf(text, f.start),
          }
        : undefined,
      validity: this.options.lastValidity(fingerprint) ?? null,
      version: this.options.version,
      now: new Date(),
    });
    this.lastPlaces.set(fingerprint.slice(fingerprint.lastIndexOf(':') + 1), evidence.places);
    return { evidence, problems };
  }
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
