// Where a leaked value is used, and the order to rotate those places in (pure). A place is a file in a
// working tree (this workspace or another clone) or a commit that added the value; it is named by its kind
// (CI configuration, deployment manifest, container, env file, package manifest, config, source, history).

export type PlaceKind = 'ci' | 'deploy' | 'container' | 'env' | 'package' | 'config' | 'source' | 'history';

export interface Place {
  kind: PlaceKind;
  /** For a history place: the kind of the file it was committed in. */
  fileKind?: Exclude<PlaceKind, 'history'>;
  /** The working tree or repository searched, as the user named it (`.`, `../other-clone`). */
  root: string;
  /** Relative to `root`, with forward slashes. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The rule that recognised the value there; absent for a plain text match of the known value. */
  ruleId?: string;
  masked: string;
  fingerprint?: string;
  commit?: { sha: string; date: string; author: string; subject: string };
}

/** Headings, in the order to rotate: the systems that run with the key first, history last. */
export const PLACE_KINDS: readonly { kind: PlaceKind; heading: string; why: string }[] = [
  { kind: 'ci', heading: 'CI/CD configuration', why: 'pipelines authenticate with it: update their secret store before revoking' },
  { kind: 'deploy', heading: 'Deployment manifests', why: 'running services read it: redeploy them with the new value' },
  { kind: 'container', heading: 'Containers', why: 'images built with it keep it in their layers: rebuild and re-push them' },
  { kind: 'env', heading: 'Environment files', why: 'local and server .env files: replace the value' },
  { kind: 'package', heading: 'Package manifests and registry credentials', why: 'package managers publish or install with it' },
  { kind: 'config', heading: 'Configuration files', why: 'replace the value with a reference to the secret store' },
  { kind: 'source', heading: 'Source code', why: 'replace the literal with a reference to the secret store' },
  { kind: 'history', heading: 'Git history', why: 'every clone has it: purge after rotating, if policy requires' },
];

const RULES: readonly [Exclude<PlaceKind, 'history'>, RegExp][] = [
  [
    'ci',
    /(?:^|\/)(?:\.github\/(?:workflows|actions)\/.+|\.gitlab-ci\.ya?ml|\.gitlab\/ci\/.+|\.circleci\/.+|Jenkinsfile[^/]*|azure-pipelines[^/]*\.ya?ml|bitbucket-pipelines\.ya?ml|\.travis\.ya?ml|\.drone\.ya?ml|\.buildkite\/.+|cloudbuild[^/]*\.ya?ml|appveyor\.ya?ml|\.woodpecker(?:\.ya?ml|\/.+)|buildspec[^/]*\.ya?ml|codemagic\.ya?ml|\.teamcity\/.+|bitrise\.ya?ml)$/i,
  ],
  ['container', /(?:^|\/)(?:(?:Dockerfile|Containerfile)(?:\.[^/]*)?|[^/]*\.dockerfile|(?:docker-)?compose[^/]*\.ya?ml)$/i],
  [
    'deploy',
    /(?:^|\/)(?:(?:k8s|kubernetes|manifests?|deploy|deployments?|helm|charts?|kustomize|overlays|argocd|flux|ansible|terraform|infra)\/.+\.(?:ya?ml|json|tf|tfvars|hcl|j2)|[^/]*\.(?:tf|tfvars|hcl|nomad)|values[^/]*\.ya?ml|(?:serverless|app|render|fly|vercel|netlify|heroku|manifest|kustomization|skaffold|Chart|now|Pulumi(?:\.[\w-]+)?)\.(?:ya?ml|toml|json)|Procfile|terraform\.tfstate(?:\.backup)?)$/i,
  ],
  ['env', /(?:^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/i],
  [
    'package',
    /(?:^|\/)(?:package\.json|\.npmrc|\.yarnrc(?:\.yml)?|pyproject\.toml|setup\.(?:py|cfg)|\.pypirc|pip\.conf|Pipfile|pom\.xml|settings\.xml|build\.gradle(?:\.kts)?|gradle\.properties|Gemfile|\.gem\/credentials|composer\.json|auth\.json|Cargo\.toml|\.cargo\/credentials(?:\.toml)?|go\.mod|nuget\.config|\.netrc|\.docker\/config\.json)$/i,
  ],
  ['config', /\.(?:json5?|ya?ml|toml|ini|cfg|conf|properties|xml|plist|tfstate)$/i],
];

/** The kind of a file path (forward slashes). */
export function placeKindOf(path: string): Exclude<PlaceKind, 'history'> {
  for (const [kind, re] of RULES) if (re.test(path)) return kind;
  return 'source';
}

const RANK = new Map(PLACE_KINDS.map((k, i) => [k.kind, i]));

/**
 * Rotation order: by kind, then working trees before other clones, then path and position. History is
 * oldest first; commits of the same second keep the order they are given in (oldest first, as found).
 */
export function rotationOrder(places: readonly Place[]): Place[] {
  return [...places].sort((a, b) => {
    const byKind = RANK.get(a.kind)! - RANK.get(b.kind)!;
    if (byKind !== 0 || a.kind === 'history') return byKind || compare(a.commit?.date ?? '', b.commit?.date ?? '');
    return compare(a.root, b.root) || compare(a.file, b.file) || a.line - b.line || a.column - b.column;
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `src/a.ts:3:9`, `../clone/.env:1:5`, `a1b2c3d .github/workflows/ci.yml:12 (2026-01-02, Dev)`. */
export function placeLine(p: Place): string {
  const where = `${p.root === '.' ? '' : `${p.root}/`}${p.file}:${p.line}:${p.column}`;
  if (p.kind === 'history' && p.commit) return `${p.commit.sha.slice(0, 7)} ${where}  (${p.commit.date.slice(0, 10)}, ${p.commit.author}: "${p.commit.subject}")`;
  return `${where}${p.ruleId ? '' : '  (same text, no rule names it here)'}`;
}
