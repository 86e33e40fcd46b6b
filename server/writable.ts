// Whether a quick fix or paste may write a file: checked before an edit is offered, so a read-only or locked
// `.env` never leaves the source changed and the value only in an unsaved buffer.
import { closeSync, constants, accessSync, openSync, statSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';

function causeOf(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'EBUSY':
    case 'ETXTBSY':
      return 'it is locked by another program';
    case 'EISDIR':
      return 'it is a folder';
    default:
      return typeof code === 'string' ? `it cannot be opened for writing (${code})` : 'it cannot be opened for writing';
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Why `path` cannot be written (or created), in words for a message; undefined when it can. A file without
 * its owner's write bit counts as read-only even for root, as VS Code shows it locked; opening it for
 * writing (nothing is written) catches ACLs, read-only mounts and files another program holds.
 */
export function whyNotWritable(path: string): string | undefined {
  const stat = statOrUndefined(path);
  if (stat) {
    if (stat.isDirectory()) return 'it is a folder';
    if (!stat.isFile()) return 'it is not a regular file';
    if ((stat.mode & 0o200) === 0) return 'the file is read-only';
    try {
      closeSync(openSync(path, constants.O_RDWR));
      return undefined;
    } catch (e) {
      return causeOf(e);
    }
  }
  // A file to create: the nearest existing folder must take it (VS Code creates missing folders below it).
  let dir = dirname(path);
  for (let d = statOrUndefined(dir); !d; d = statOrUndefined(dir)) {
    const parent = dirname(dir);
    if (parent === dir) return 'its folder does not exist';
    dir = parent;
  }
  const folder = statSync(dir);
  if (!folder.isDirectory()) return `${dir} is not a folder`;
  if ((folder.mode & 0o200) === 0) return 'its folder is read-only';
  try {
    accessSync(dir, constants.W_OK);
    return undefined;
  } catch (e) {
    return `its folder cannot be written (${causeOf(e)})`;
  }
}
