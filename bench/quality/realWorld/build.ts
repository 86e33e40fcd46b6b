// Renders a real-world set into labelled corpus files for the shared scorer (../score.ts).
import { createExampleGen } from '../../../engine/examples';
import type { CorpusFile, Label } from '../types';
import type { Marker, RealWorldSet, SecretCategory } from './types';

const OPEN = '\u0001';
const SEP = '\u0003';
const CLOSE = '\u0002';
const UNSCORED = '~unscored';
const NEGATIVE = '~negative';

/** Markers carry their category: OPEN category [label] SEP value CLOSE. */
const marker: Marker = {
  secret: (category, value, label) => `${OPEN}${category}${label ? ` ${label}` : ''}${SEP}${value}${CLOSE}`,
  unscored: (value) => `${OPEN}${UNSCORED}${SEP}${value}${CLOSE}`,
  negative: (value) => `${OPEN}${NEGATIVE}${SEP}${value}${CLOSE}`,
};

interface Parsed {
  text: string;
  labels: Label[];
  unscored: [number, number][];
  negatives: [number, number][];
}

function parse(marked: string): Parsed {
  let text = '';
  const labels: Label[] = [];
  const unscored: [number, number][] = [];
  const negatives: [number, number][] = [];
  let i = 0;
  while (i < marked.length) {
    const open = marked.indexOf(OPEN, i);
    if (open < 0) {
      text += marked.slice(i);
      break;
    }
    text += marked.slice(i, open);
    const sep = marked.indexOf(SEP, open);
    const close = marked.indexOf(CLOSE, sep);
    if (sep < 0 || close < 0) throw new Error('unbalanced marker in a real-world document');
    const head = marked.slice(open + 1, sep);
    const value = marked.slice(sep + 1, close);
    if (value.includes(OPEN)) throw new Error('nested markers in a real-world document');
    const start = text.length;
    text += value;
    if (head === UNSCORED) unscored.push([start, text.length]);
    else if (head === NEGATIVE) negatives.push([start, text.length]);
    else {
      const category = head.split(' ')[0] as SecretCategory;
      labels.push({ start, end: text.length, ruleId: head.slice(category.length + 1) || category, family: 'generic', category });
    }
    i = close + 1;
  }
  return { text, labels, unscored, negatives };
}

export function buildRealWorldCorpus(set: RealWorldSet): CorpusFile[] {
  const g = createExampleGen(set.seed);
  const ids = new Set<string>();
  return set.docs.map((doc) => {
    if (ids.has(doc.id)) throw new Error(`duplicate document id ${doc.id} in ${set.id}`);
    ids.add(doc.id);
    const { text, labels, unscored, negatives } = parse(doc.render(g, marker));
    return { path: doc.path, text, labels, unscored, negatives, template: doc.id, areas: doc.areas };
  });
}
