// "Ignore this occurrence": a `hush:allow` comment in the document's own comment syntax, trailing where the
// language allows it, otherwise `hush:allow-next-line` on its own line above.
import { detectEol, type OffsetEdit } from './edits';
import type { Flavor } from '../language';
import { enclosingLiteral } from './literalLexer';

interface CommentSyntax {
  open: string;
  close?: string;
  /** The language has comments only at the start of a line (Dockerfile, .properties). */
  lineStartOnly?: boolean;
}

const HASH: CommentSyntax = { open: '#' };
const SLASHES: CommentSyntax = { open: '//' };

function commentSyntax(flavor: Flavor): CommentSyntax | undefined {
  switch (flavor) {
    case 'python':
    case 'ruby':
    case 'shell':
    case 'yaml':
    case 'github-actions':
    case 'terraform':
    case 'toml':
      return HASH;
    case 'dotenv':
      return { open: '#', lineStartOnly: true };
    case 'dockerfile':
    case 'properties':
      return { open: '#', lineStartOnly: true };
    case 'javascript':
    case 'typescript':
    case 'go':
    case 'java':
    case 'kotlin':
    case 'csharp':
    case 'php':
    case 'rust':
    case 'jsonc':
      return SLASHES;
    case 'markup':
      return { open: '<!--', close: '-->' };
    default:
      return undefined; // JSON and plain text have no comments
  }
}

export interface AllowCommentPlan {
  title: string;
  edit: OffsetEdit;
}

/** The edit that suppresses the finding at text[start, end), or undefined where the format has no comments. */
export function planAllowComment(text: string, flavor: Flavor, start: number, end: number): AllowCommentPlan | undefined {
  const syntax = commentSyntax(flavor);
  if (!syntax) return undefined;
  const comment = (marker: string) => `${syntax.open} ${marker}${syntax.close ? ` ${syntax.close}` : ''}`;
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = start;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const literal = enclosingLiteral(text, start, end, flavor);
  // A trailing comment must land after the literal on the same line and not inside a continued line.
  const trailingOk = !syntax.lineStartOnly && literal.end <= lineEnd && end <= lineEnd && !/\\\s*$/.test(text.slice(lineStart, lineEnd)) && enclosingLiteral(text, lineEnd, lineEnd, flavor).kind === 'bare';
  if (trailingOk) {
    const line = text.slice(lineStart, lineEnd);
    const pad = /\s$/.test(line) || line.length === 0 ? '' : ' ';
    return { title: 'Ignore this occurrence (hush:allow comment)', edit: { start: lineEnd, end: lineEnd, newText: `${pad}${comment('hush:allow')}` } };
  }
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineEnd))![0];
  const eol = detectEol(text);
  return {
    title: 'Ignore this occurrence (hush:allow-next-line comment)',
    edit: { start: lineStart, end: lineStart, newText: `${syntax.lineStartOnly ? '' : indent}${comment('hush:allow-next-line')}${eol}` },
  };
}
