// Whether a store file (`.env`, `.env.example`, `.gitignore`) resolves inside its workspace folder once every
// symbolic link on the way is followed, dangling ones included: a `hush.envFile` of `../../etc/x` or an
// absolute path, or a `.env` committed as a link to a file elsewhere, must not get secrets appended to it.
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/** Links followed at most (the kernel's own limit is 40). */
const MAX_LINKS = 40;

/** The real path `path` names, following links even when the last one dangles; undefined on a loop. */
export function resolveLinks(path: string): string | undefined {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let stat;
    try {
      stat = lstatSync(current);
    } catch {
      // Not there (yet): what it would be once created, under its real parent folder.
      const parent = dirname(current);
      if (parent === current) return current;
      const realParent = resolveLinks(parent);
      return realParent === undefined ? undefined : join(realParent, current.slice(parent.length + (parent.endsWith(sep) ? 0 : 1)));
    }
    if (!stat.isSymbolicLink()) {
      try {
        return realpathSync(current);
      } catch {
        return undefined;
      }
    }
    const target = readlinkSync(current);
    current = isAbsolute(target) ? target : resolve(dirname(current), target);
  }
  return undefined;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Why `path` is not a file of `folder` (in words), or undefined when it resolves inside it. */
export function outsideFolder(folder: string, path: string): string | undefined {
  const realFolder = resolveLinks(folder) ?? resolve(folder);
  if (!isInside(resolve(folder), resolve(path))) return `is outside the workspace folder (${path}): Hush writes secrets only to files inside it`;
  const real = resolveLinks(path);
  if (real === undefined) return 'is a symbolic link loop';
  if (!isInside(realFolder, real)) return `is a link to ${real}, outside the workspace folder: Hush writes secrets only to files inside it`;
  return undefined;
}
