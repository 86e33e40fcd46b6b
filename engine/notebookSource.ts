// A Jupyter notebook's code cells seen as one program: their sources decoded from the `.ipynb` JSON and joined,
// so a fix made outside the notebook editor (`hush fix`) can plan in the notebook's language (`os.environ["X"]`
// and `import os` in Python) instead of treating the file as JSON, and map its edits back into the cells. Each
// changed cell's `source` is rewritten in place; unchanged lines keep their exact bytes.
import { findNodeAtLocation, type Node as JsonNode, parseTree } from 'jsonc-parser';
import type { OffsetEdit } from './fix/edits';

/** One string of a cell's `source`: where its content sits in the raw text and in the view. */
interface SourcePiece {
  node: JsonNode;
  /** rawStarts[i]: raw offset of decoded UTF-16 unit i; one more entry for the closing quote. */
  rawStarts: number[];
  viewStart: number;
  decoded: string;
}

interface CodeCell {
  /** The `source` value (a string or an array of strings). */
  source: JsonNode;
  pieces: SourcePiece[];
  viewStart: number;
  viewEnd: number;
}

export interface NotebookCodeView {
  /** The code cells' sources, each cell ending in a line break, in notebook order. */
  text: string;
  /** The kernel's language (`python` unless the notebook names another). */
  languageId: string;
  /** View offsets of a raw span inside one code cell's source; undefined anywhere else. */
  toView(start: number, end: number): { start: number; end: number } | undefined;
  /** Raw-text edits for view edits: one replacement of each changed cell's `source`. */
  toRaw(edits: readonly OffsetEdit[]): OffsetEdit[];
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', '\\': '\\', '/': '/' };

/** A JSON string node's content with the raw offset of each decoded unit; undefined for malformed escapes. */
function decodeWithOffsets(raw: string, node: JsonNode): { decoded: string; rawStarts: number[] } | undefined {
  const end = node.offset + node.length - 1;
  let decoded = '';
  const rawStarts: number[] = [];
  for (let i = node.offset + 1; i < end;) {
    rawStarts.push(i);
    if (raw[i] !== '\\') {
      decoded += raw[i];
      i++;
      continue;
    }
    const e = raw[i + 1]!;
    if (e === 'u') {
      const code = Number.parseInt(raw.slice(i + 2, i + 6), 16);
      if (!/^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) return undefined;
      decoded += String.fromCharCode(code);
      i += 6;
    } else if (ESCAPES[e] !== undefined) {
      decoded += ESCAPES[e];
      i += 2;
    } else return undefined;
  }
  rawStarts.push(end);
  return { decoded, rawStarts };
}

function languageOf(root: JsonNode): string {
  for (const path of [
    ['metadata', 'kernelspec', 'language'],
    ['metadata', 'language_info', 'name'],
  ]) {
    const n = findNodeAtLocation(root, path);
    if (n?.type === 'string' && typeof n.value === 'string' && /^[\w+#-]{1,32}$/.test(n.value)) return n.value.toLowerCase();
  }
  return 'python';
}

/** The decoded offset of a raw offset inside a piece (a raw offset inside an escape counts as its unit). */
function decodedIndex(piece: SourcePiece, rawOffset: number): number {
  let lo = 0;
  let hi = piece.rawStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (piece.rawStarts[mid]! <= rawOffset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The `source` array (or string) rewritten for a cell's new text, reusing the raw form of unchanged lines. */
function serializeSource(raw: string, cell: CodeCell, newText: string): string {
  if (cell.source.type === 'string') return JSON.stringify(newText);
  const lines = newText.split(/(?<=\n)/).filter((l) => l.length > 0);
  const rawOf = new Map(cell.pieces.map((p) => [p.decoded, raw.slice(p.node.offset, p.node.offset + p.node.length)]));
  const elems = lines.map((l) => rawOf.get(l) ?? JSON.stringify(l));
  const open = cell.source.offset + 1;
  const close = cell.source.offset + cell.source.length - 1;
  const first = cell.pieces[0]!.node;
  const last = cell.pieces[cell.pieces.length - 1]!.node;
  const before = raw.slice(open, first.offset);
  const after = raw.slice(last.offset + last.length, close);
  const between = cell.pieces.length > 1 ? raw.slice(first.offset + first.length, cell.pieces[1]!.node.offset) : before.includes('\n') ? `,${before}` : ', ';
  return `[${before}${elems.join(between)}${after}]`;
}

/** Undefined when the text is not a notebook with at least one code cell whose source can be read. */
export function notebookCodeView(raw: string): NotebookCodeView | undefined {
  if (!raw.trimStart().startsWith('{')) return undefined;
  let root: JsonNode | undefined;
  try {
    root = parseTree(raw, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    return undefined;
  }
  const cellsNode = root && findNodeAtLocation(root, ['cells']);
  if (!root || cellsNode?.type !== 'array') return undefined;
  const cells: CodeCell[] = [];
  let text = '';
  for (const cellNode of cellsNode.children ?? []) {
    if (cellNode.type !== 'object' || findNodeAtLocation(cellNode, ['cell_type'])?.value !== 'code') continue;
    const source = findNodeAtLocation(cellNode, ['source']);
    const strings = source?.type === 'string' ? [source] : source?.type === 'array' ? (source.children ?? []) : [];
    // An empty array has no quote or indentation to copy: nothing there can hold a finding anyway.
    if (!source || strings.length === 0 || strings.some((s) => s.type !== 'string')) continue;
    const viewStart = text.length;
    const pieces: SourcePiece[] = [];
    for (const node of strings) {
      const d = decodeWithOffsets(raw, node);
      if (!d) return undefined;
      pieces.push({ node, rawStarts: d.rawStarts, viewStart: text.length, decoded: d.decoded });
      text += d.decoded;
    }
    const viewEnd = text.length;
    // Cells run one after another: a cell whose last line has no break must not join the next cell's first.
    text += '\n';
    cells.push({ source, pieces, viewStart, viewEnd });
  }
  if (cells.length === 0) return undefined;

  // Pieces in file order, for a binary search by raw offset (a large notebook has many lines and findings).
  const pieces = cells.flatMap((cell) => cell.pieces.map((piece) => ({ cell, piece })));
  const pieceAt = (rawOffset: number, isEnd: boolean) => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.piece.node.offset < rawOffset) lo = mid;
      else hi = mid - 1;
    }
    const found = pieces[lo];
    if (!found) return undefined;
    const contentStart = found.piece.node.offset + 1;
    const contentEnd = found.piece.node.offset + found.piece.node.length - 1;
    const inside = isEnd ? rawOffset > contentStart && rawOffset <= contentEnd : rawOffset >= contentStart && rawOffset < contentEnd;
    return inside ? found : undefined;
  };

  return {
    text,
    languageId: languageOf(root),
    toView(start, end) {
      const a = pieceAt(start, false);
      const b = pieceAt(end, true);
      if (!a || !b || a.cell !== b.cell) return undefined;
      return { start: a.piece.viewStart + decodedIndex(a.piece, start), end: b.piece.viewStart + decodedIndex(b.piece, end) };
    },
    toRaw(edits) {
      const out: OffsetEdit[] = [];
      for (const cell of cells) {
        const mine = edits.filter((e) => e.start >= cell.viewStart && e.end <= cell.viewEnd);
        if (mine.length === 0) continue;
        let cellText = text.slice(cell.viewStart, cell.viewEnd);
        for (const e of [...mine].sort((x, y) => y.start - x.start)) cellText = cellText.slice(0, e.start - cell.viewStart) + e.newText + cellText.slice(e.end - cell.viewStart);
        out.push({ start: cell.source.offset, end: cell.source.offset + cell.source.length, newText: serializeSource(raw, cell, cellText) });
      }
      const placed = out.length === 0 ? 0 : edits.filter((e) => cells.some((c) => e.start >= c.viewStart && e.end <= c.viewEnd)).length;
      if (placed !== edits.length) throw new Error('an edit falls outside every code cell');
      return out;
    },
  };
}
