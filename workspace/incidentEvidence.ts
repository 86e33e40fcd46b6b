// Gathers an incident report's facts (report/incidentReport.ts formats them): every place the value is
// used, the first commit that added it, where that commit was pushed, the remotes, the history-purge
// commands for the paths it was committed in, and the last validity result. Shared by `hush incident
// report` and the editor's "Export incident report".
import type { Validity } from '../engine/verify';
import type { Place } from '../engine/places';
import { refsContaining, remotesOf, type RemoteInfo } from '../git/incidentFacts';
import { purgeCommands, type PurgeCommands } from '../git/purgeCommands';
import { findPlaces, type PlaceSearch, type PlaceSearchResult } from './findPlaces';

export interface IncidentSecret {
  provider: string;
  ruleId: string;
  description: string;
  masked: string;
  fingerprint: string;
  envName?: string;
  revocationUrl?: string | null;
  revocationNote?: string;
}

export interface IncidentEvidence {
  format: 'hush-incident-report/1';
  createdAt: string;
  tool: { name: 'hush'; version: string };
  secret: IncidentSecret;
  reportedAt?: { file: string; line: number };
  firstCommit?: { sha: string; author: string; date: string; subject: string; repository: string; path: string; line: number };
  pushed: { remoteBranches: string[]; tags: string[]; remotes: RemoteInfo[] };
  places: Place[];
  searched: PlaceSearchResult['searched'];
  validity: Validity | null;
  purge: PurgeCommands;
}

export interface GatherInput {
  secret: IncidentSecret;
  search: Omit<PlaceSearch, 'valueHash' | 'masked'> & { valueHash: string };
  reportedAt?: { file: string; line: number };
  validity: Validity | null;
  version: string;
  now: Date;
}

export async function gatherIncidentEvidence(input: GatherInput): Promise<{ evidence: IncidentEvidence; problems: string[] }> {
  const found = await findPlaces({ ...input.search, masked: input.secret.masked });
  const history = found.places.filter((p) => p.kind === 'history' && p.commit);
  const first = history.reduce<Place | undefined>((a, b) => (!a || b.commit!.date < a.commit!.date ? b : a), undefined);
  let pushed: IncidentEvidence['pushed'] = { remoteBranches: [], tags: [], remotes: [] };
  const repo = first ? found.repositoryPaths[first.root] : Object.values(found.repositoryPaths)[0];
  if (repo) {
    const git = { cwd: repo, gitPath: input.search.gitPath };
    const [refs, remotes] = await Promise.all([first ? refsContaining(first.commit!.sha, git) : Promise.resolve({ remoteBranches: [], tags: [] }), remotesOf(git)]);
    pushed = { ...refs, remotes };
  }
  const origin = pushed.remotes.find((r) => r.name === 'origin') ?? pushed.remotes[0];
  const evidence: IncidentEvidence = {
    format: 'hush-incident-report/1',
    createdAt: input.now.toISOString(),
    tool: { name: 'hush', version: input.version },
    secret: input.secret,
    ...(input.reportedAt ? { reportedAt: input.reportedAt } : {}),
    ...(first
      ? { firstCommit: { sha: first.commit!.sha, author: first.commit!.author, date: first.commit!.date, subject: first.commit!.subject, repository: first.root, path: first.file, line: first.line } }
      : {}),
    pushed,
    places: found.places,
    searched: found.searched,
    validity: input.validity,
    purge: purgeCommands({ paths: history.filter((p) => !first || p.root === first.root).map((p) => p.file), envName: input.secret.envName ?? 'THE_SECRET', remoteUrl: origin?.url }),
  };
  return { evidence, problems: found.problems };
}
