// The incident tools' requests (live check plan and send, places, incident report), each handed to its
// module through the safe runner; and the pieces server.ts ties them to (the validity overlay, checklist extras).
import type { Connection } from 'vscode-languageserver';
import type { Finding, HushConfig, Rule } from '../engine';
import { LiveChecker, ValidityCache, defaultCachePath } from '../verify';
import { IncidentTools } from './incidentTools';
import { LiveChecks } from './liveChecks';
import { FindPlacesRequest, IncidentReportRequest, LiveCheckRequest, LivePlanRequest } from './messageTypes';
import { type Logger, runSafe } from './runner';
import type { HushSettings } from './settings';

export interface IncidentServicesDeps {
  connection: Connection;
  log: Logger;
  /** The current finding with this fingerprint in an open document. */
  findingIn(uri: string, fingerprint: string): Promise<{ finding: Finding; text: string; folder: string | undefined; path: string | undefined; rule: Rule | undefined } | undefined>;
  settingsFor(uri: string): Promise<HushSettings>;
  configForDir(dir: string): HushConfig;
  trusted(): boolean;
  /** Republish the open documents holding this fingerprint. */
  revalidate(fingerprint: string): void;
  version: string;
  /** Tests only: a checker pointed at a local server. The language server itself always builds its own. */
  checker?: LiveChecker;
}

export function createIncidentServices(deps: IncidentServicesDeps): { liveChecks: LiveChecks; tools: IncidentTools; checker: LiveChecker } {
  const checker = deps.checker ?? new LiveChecker({ cache: new ValidityCache(defaultCachePath()) });
  const liveChecks = new LiveChecks({
    checker,
    trusted: deps.trusted,
    enabled: async (uri) => (await deps.settingsFor(uri)).liveCheckEnabled,
    findingIn: deps.findingIn,
    onResult: deps.revalidate,
  });
  const tools = new IncidentTools({
    findingIn: deps.findingIn,
    otherClones: async (uri) => (await deps.settingsFor(uri)).otherClones,
    configForDir: deps.configForDir,
    trusted: deps.trusted,
    lastValidity: (fp) => checker.last(fp),
    version: deps.version,
  });
  const { connection, log } = deps;
  connection.onRequest(LivePlanRequest, (p, token) => runSafe(log, 'hush/livePlan', { error: 'failed (see Output → Hush)' }, token, () => liveChecks.plan(p.uri, p.fingerprint)));
  connection.onRequest(LiveCheckRequest, (p, token) => runSafe(log, 'hush/liveCheck', { error: 'failed (see Output → Hush)' }, token, () => liveChecks.check(p.uri, p.fingerprint, p.recheck === true)));
  connection.onRequest(FindPlacesRequest, (p, token) => runSafe(log, 'hush/findPlaces', { error: 'failed (see Output → Hush)' }, token, () => tools.findPlaces(p.uri, p.fingerprint, abortOn(token))));
  connection.onRequest(IncidentReportRequest, (p, token) =>
    runSafe(log, 'hush/incidentReport', { error: 'failed (see Output → Hush)' }, token, () => tools.incidentReport(p.uri, p.fingerprint, abortOn(token))),
  );
  return { liveChecks, tools, checker };
}

function abortOn(token: { onCancellationRequested(listener: () => void): unknown }): AbortSignal {
  const abort = new AbortController();
  token.onCancellationRequested(() => abort.abort());
  return abort.signal;
}
