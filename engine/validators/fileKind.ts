// What kind of file a path names, for file-type aware detection: lockfiles hold only hashes and URLs
// (never generic secrets), prose and tests need stronger evidence, config formats allow unquoted values.

export type FileKind = 'lockfile' | 'minified' | 'test' | 'example' | 'prose' | 'config' | 'notebook' | 'code' | 'unknown';

const LOCKFILE =
  /(?:^|[\\/])\.?(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lock|Cargo\.lock|Gemfile\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|composer\.lock|go\.sum|mix\.lock|pubspec\.lock|packages\.lock\.json|Podfile\.lock|flake\.lock|gradle\.lockfile|[^\\/]*\.lock)$/i;
const MINIFIED = /[.-]min\.(?:js|mjs|cjs|css)$|\.bundle\.js$|(?:^|[\\/])(?:dist|build)[\\/][^\\/]*\.js\.map$/i;
const TEST =
  /(?:^|[\\/])(?:test|tests|__tests__|spec|specs|__mocks__|mocks|fixtures|testdata|test-data)[\\/]|[._-](?:test|spec)\.[A-Za-z]+$|(?:^|[\\/])(?:test|tests|spec)\.[A-Za-z]+$|_test\.(?:go|py|rb)$|(?:^|[\\/])test_[^\\/]+\.py$/i;
const PROSE = /\.(?:md|markdown|mdx|rst|adoc|txt)$|(?:^|[\\/])(?:README|CHANGELOG|CHANGES|HISTORY|LICENSE|NOTICE|AUTHORS)(?:\.[^\\/]*)?$/i;
const NOTEBOOK = /\.ipynb$/i;
/** Documented examples and templates of config files: API example payloads, `.env.example`, `config.yml.sample`. */
const EXAMPLE = /\.examples?\.json$|\.(?:example|sample|template|dist|tmpl|tpl)$|(?:^|[\\/._-])(?:example|sample)\.(?:env|ya?ml|json|ini|toml|conf|cfg|properties|xml)$/i;
/**
 * Formats whose syntax allows unquoted values (so `key = value` is a literal there, not code): config files (Xcode
 * `.xcconfig` build settings, RouterOS `.rsc` exports and Unity's YAML-serialised `.asset`/`.prefab` files among them:
 * `ProjectSettings.asset` holds `AndroidKeystorePass: v`), REST client request files (`.http`, `.rest`,
 * Bruno `.bru`), keyfiles, tool rc files (RANCID's `.cloginrc` among them) and R's `.Renviron`; extension-less variable files: a compose service's
 * `env_file: ./env` (or `environment`), Debian's /etc/default/* and Red Hat's /etc/sysconfig/*; SAP JCo destination files
 * (`.jcoDestination`, Java properties), SSIS `.dtsConfig` and crontabs (`NAME=value` lines above the schedule); Spinnaker
 * Halyard's `.hal/config` (YAML without an extension); LDIF (`ldapadd -f`, slapcat exports: `attribute: value` lines);
 * Perforce's `.p4config` / `.p4enviro` (`P4PASSWD=v`) and CubeCoders AMP's `.kvp` instance settings (`Login.AdminPassword=v`);
 * INI files under their own extensions: iwd's Wi-Fi network files (`Halle2.psk`: `Passphrase=`, `PreSharedKey=`) and
 * ODBC file DSNs (`Reporting.dsn`: `PWD=`).
 */
const CONFIG =
  /(?:^|[\\/])(?:\.env[^\\/]*|[^\\/]*\.(?:env|ya?ml|properties|ini|cfg|conf|toml|sh|bash|zsh|bat|cmd|tf|tfvars|hcl|xml|npmrc|pypirc|netrc|config|service|socket|timer|container|desktop|plist|sls|xcconfig|rsc|asset|prefab)|Dockerfile[^\\/]*|Containerfile|Procfile(?:\.[\w-]{1,20})?|(?:GNU)?[Mm]akefile|[^\\/]*\.(?:mk|cnf|ovpn|secrets|http|rest|bru|nmconnection|acl|s3cfg|boto|jcoDestination|jcoServer|dtsConfig|cron|ldif|kvp|psk|dsn)|crontab(?:\.[\w-]{1,30})?|cron\.d[\\/][\w.-]{1,40}|\.npmrc|\.pypirc|\.netrc|\.pgpass|system-connections[\\/][^\\/]+|\.(?:curlrc|wgetrc|gitconfig|cloginrc|muttrc|msmtprc|fetchmailrc|boto|s3cfg|terraformrc|p4config|p4enviro)|\.?Renviron(?:\.site)?|env|environment|etc[\\/](?:default|sysconfig)[\\/][\w-]{1,40}|\.hal[\\/]config)$/i;
const CODE =
  /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|fs|vb|php|rs|swift|m|mm|c|cc|cpp|h|hpp|dart|lua|pl|pm|r|jl|ex|exs|erl|clj|groovy|gradle|ps1|psm1|sql|vue|svelte|zig|nim|nims|ml|mli|hs|cr|fsx|pas|dpr|bas|cls|cbl|cob|hx|cljs|cljc)$/i;

/**
 * Shell and REPL history (`.bash_history`, `.zsh_history` with its `: <epoch>:0;` heads, `.psql_history`, fish's and
 * PowerShell's): one command per line, never a conversation.
 */
const HISTORY = /(?:^|[\\/])(?:\.[A-Za-z_-]{0,20}history|fish_history|ConsoleHost_history\.txt)$/i;

export function isShellHistory(path: string | undefined): boolean {
  return path !== undefined && HISTORY.test(path);
}

/** API documentation payloads (`*.examples.json`): every value in them is a documented example. */
export function isApiExamples(path: string | undefined): boolean {
  return path !== undefined && /\.examples?\.json$/i.test(path);
}

/** The last path asked about: every candidate of a file asks for the same one. */
let lastPath: string | undefined;
let lastKind: FileKind = 'unknown';

export function fileKind(path: string | undefined): FileKind {
  if (!path) return 'unknown';
  if (path === lastPath) return lastKind;
  lastKind = kindOf(path);
  lastPath = path;
  return lastKind;
}

/**
 * A copy kept beside a file under a backup or decrypted name (`nginx.conf.bak`, `database.yml.orig`, Rails'
 * `credentials.yml.dec`) is still written in the original's syntax.
 */
const COPY_SUFFIX = /\.(?:bak|old|orig|save|backup|dec|decrypted)$/i;

function kindOf(fullPath: string): FileKind {
  if (LOCKFILE.test(fullPath)) return 'lockfile';
  const path = fullPath.replace(COPY_SUFFIX, '');
  if (MINIFIED.test(path)) return 'minified';
  if (NOTEBOOK.test(path)) return 'notebook';
  if (EXAMPLE.test(path)) return 'example';
  if (PROSE.test(path)) return 'prose';
  if (TEST.test(path)) return 'test';
  if (CONFIG.test(path)) return 'config';
  if (CODE.test(path)) return 'code';
  return 'unknown';
}

/** A shell's own history (`.bash_history`, `.zsh_history`, fish's): shell lines, where an unquoted value is a literal. */
const SHELL_HISTORY = /(?:^|[\\/])(?:\.(?:ba|z|k|a)?sh_history|fish_history)$/i;

/** Unquoted values count as literals here (config formats, prose, shell scripts and shell history). */
export function allowsUnquotedValues(path: string | undefined): boolean {
  if (path === undefined || CONFIG.test(path) || PROSE.test(path) || SHELL_HISTORY.test(path)) return true;
  if (!COPY_SUFFIX.test(path)) return false;
  const original = path.replace(COPY_SUFFIX, '');
  return CONFIG.test(original) || PROSE.test(original);
}

/** Where the generic keyed rules may report: never in lockfiles or API example payloads (their validators say so first). */
export function genericRulesApply(path: string | undefined): boolean {
  return fileKind(path) !== 'lockfile' && !isApiExamples(path);
}
