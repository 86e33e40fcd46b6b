// Help text and the usage error every command throws for bad arguments (exit 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** parseArgs whose complaints (an unknown flag, a missing value) are usage errors: exit 2 with its message. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export const USAGE = `Usage: hush <command> [options]

Commands:
  scan [PATH...]          Scan files and directories (default: .) for secrets; - reads stdin
  scan --staged           Scan what is about to be committed (the git index); for pre-commit hooks
  scan --history [PATH]   Scan git history (HEAD and remote-tracking branches): each secret once,
                          with the commit that added it and whether it is pushed
      --since REV         only commits reachable from HEAD but not from REV (e.g. origin/main)
  hook install [--force]  Install a git pre-commit hook running "hush scan --staged"
  hook uninstall          Remove it (and restore the hook it chained to)
  redact                  Copy stdin to stdout with every secret masked: some-build 2>&1 | hush redact
  fix [PATH...]           Move every uncommitted secret in these files (default: .) to the store and
                          put the language's environment reference in its place; see docs/stores.md
      --store STORE       dotenv (default, or .hush.json "store"), dotenvx, pass or gopass
      --env-file FILE     the .env file for dotenv and dotenvx (default: ./.env)
  -n, --dry-run           list what would move, change nothing
  rules [FILTER]          List the rules a scan runs (id, family, provider, variable name, where to
                          revoke), optionally those whose id, provider or family contains FILTER
  where TARGET [PATH...]  Every place a secret is used: this folder and each PATH (other clones),
                          gitignored files included, and their git histories; in the order to rotate
  incident report TARGET [PATH...]
                          Write the evidence to keep before rotating (JSON + Markdown, masked):
                          first commit, pushed refs, remotes, places, validity, history-purge commands
      -o, --output DIR    where to write hush-incident-<hash>.json/.md (default: .)
                          TARGET is a fingerprint (rule-id:0123456789abcdef) or FILE:LINE[:COLUMN];
                          --no-history skips the histories; incident report takes --verify [--yes]

Options for scan:
  -f, --format FMT        text (default), json, sarif or gitlab (GitLab secret-detection report)
  -o, --output FILE       write the report to FILE instead of stdout
  -c, --config FILE       one config file for everything (default: each file's nearest
                          .hush.json; --staged: the one nearest the current folder)
      --staged            scan the staged content; report findings on lines the commit adds
      --no-gitignore      also scan files that .gitignore excludes
      --max-file-size N   skip files larger than N MB (default 10)
      --threads N         worker threads (default: one per core, 1 with --history; 1 = no workers)
      --write-baseline F  record today's findings in F (fingerprints and paths, never values), exit 0
      --baseline F        report only findings not in F (a known secret in a new file is new)
      --verify            ask each key's provider whether it is live (a documented read-only call
                          per key, listed before anything is sent; see docs/incidents.md)
  -y, --yes               send the listed requests without asking (needed without a terminal, as in CI)
      --recheck           ask again even when a result younger than a day is cached

Options for redact and rules:
  -c, --config FILE       config file (default: nearest .hush.json)
  -f, --format FMT        rules: text (default) or json

  -h, --help              show this help
  -v, --version           print the version

Exit codes: 0 no secrets, 1 secrets found, 2 usage or runtime error (an unreadable config,
a custom rule stopped at its time budget, output that cannot be written).
Values are always masked in output.`;
