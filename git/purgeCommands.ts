// The exact commands that remove a secret from a repository's history (pure): git filter-repo and BFG,
// with the paths it was committed in. The replacements file holds the value, so the user writes it: Hush
// names it and says what goes in it, and never writes the value anywhere.

export interface PurgeInput {
  /** Paths the value was committed in (repository-relative). */
  paths: readonly string[];
  /** The name the value is replaced by: `REMOVED-STRIPE_SECRET_KEY`. */
  envName: string;
  /** The remote to clone from (credentials already removed), when known. */
  remoteUrl?: string;
}

export interface PurgeCommands {
  /** Created by the user next to the clone, outside it. */
  replacementsFile: string;
  replacementsLine: string;
  filterRepo: string[];
  bfg: string[];
}

/** A POSIX shell word. */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@=+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function purgeCommands({ paths, envName, remoteUrl }: PurgeInput): PurgeCommands {
  const replacementsFile = '../hush-replacements.txt';
  // A clone URL with its credentials (or their *** stand-in) removed: the user's git has its own login.
  const url = remoteUrl ? shellWord(remoteUrl.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1')) : '<remote-url>';
  const unique = [...new Set(paths)].sort();
  const names = [...new Set(unique.map((p) => p.slice(p.lastIndexOf('/') + 1)))];
  const filterRepo = [
    `git clone ${url} hush-purge && cd hush-purge`,
    `git filter-repo --replace-text ${shellWord(replacementsFile)}`,
    ...(unique.length > 0 ? [`# or, if the file(s) should never have been committed: git filter-repo --invert-paths ${unique.map((p) => `--path ${shellWord(p)}`).join(' ')}`] : []),
    'git push --force --all && git push --force --tags',
  ];
  const bfg = [
    `git clone --mirror ${url} hush-purge.git`,
    `java -jar bfg.jar --replace-text ${shellWord(replacementsFile.replace('../', ''))} hush-purge.git`,
    ...(names.length > 0 ? [`# or, to delete the file(s) from every commit: java -jar bfg.jar ${names.map((n) => `--delete-files ${shellWord(n)}`).join(' ')} hush-purge.git`] : []),
    'cd hush-purge.git && git reflog expire --expire=now --all && git gc --prune=now --aggressive',
    'git push --force',
  ];
  return { replacementsFile, replacementsLine: `<the secret value>==>REMOVED-${envName}`, filterRepo, bfg };
}
