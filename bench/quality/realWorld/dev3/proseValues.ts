// Value shapes the prose/chat documents of rw-dev3 need beyond rw-dev's kit: passwords made only of letters or
// of one real word (what people say aloud in chat), values reused in a thread (the same secret quoted twice),
// and non-secret look-alikes from prose (ticket keys, order numbers, meeting ids). All drawn from the seed.
import type { ExampleGen } from '../../../../engine/types';
import type { Kit } from '../dev/kit';

const WORDY = [
  'marmalade',
  'tramontana',
  'kartoffel',
  'butterblume',
  'pamplemousse',
  'escargot',
  'mariposa',
  'girassol',
  'ciabatta',
  'stroopwafel',
  'pierogi',
  'matryoshka',
  'lokum',
  'jiaozi',
  'onigiri',
  'kimchi',
  'phocay',
  'rendang',
  'falafel',
  'samosa',
  'halloumi',
  'pistachio',
  'rhubarb',
  'lighthouse',
  'snowdrift',
  'thunderbolt',
  'quicksilver',
  'bluebottle',
  'starling',
  'kingfisher',
  'peppermint',
  'honeycomb',
  'tangerine',
  'cinnamon',
  'aubergine',
  'papagei',
  'eichhoernchen',
  'zeppelin',
  'boomerang',
  'caramelo',
];

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** Letters only, often two words run together (`MapleHarbor`, `pepperoncinobay`). */
export function lettersPassword(g: ExampleGen): string {
  const a = g.pick(WORDY);
  const b = g.pick(WORDY);
  switch (g.pick([0, 1, 2, 3])) {
    case 0:
      return `${cap(a)}${cap(b)}`;
    case 1:
      return `${a}${b}`;
    case 2:
      return `${cap(a)}${g.upper(1)}${g.lower(3)}`;
    default:
      return `${a.toUpperCase().slice(0, 3)}${b}`;
  }
}

/** One real word, perhaps capitalised or with one digit (`Tramontana`, `kimchi7`). */
export function wordPassword(g: ExampleGen): string {
  const w = g.pick(WORDY);
  return g.pick([cap(w), w, `${cap(w)}${g.digits(1)}`, `${w}${g.digits(2)}`, `${cap(w)}!`]);
}

/** Marks the same raw value every time it is repeated in a thread. */
export function same(k: Kit, category: Parameters<Kit['s']>[0], raw: string): () => string {
  return () => k.s(category, raw);
}

/** Non-secret numbers and ids prose is full of. */
export const ticket = (g: ExampleGen) => `${g.pick(['OPS', 'INFRA', 'SEC', 'PLAT', 'HELP', 'DATA'])}-${g.digits(4)}`;
export const orderNo = (g: ExampleGen) => `${g.pick(['ORD', 'INV', 'PO'])}-${g.digits(8)}`;
export const meetingId = (g: ExampleGen) => `${g.digits(3)} ${g.digits(4)} ${g.digits(4)}`;
export const shortSha = (g: ExampleGen) => g.hex(7);
export const version = (g: ExampleGen) => `${g.digits(1)}.${g.digits(2)}.${g.digits(1)}`;
export const traceId = (g: ExampleGen) => g.hex(32);
export const requestId = (g: ExampleGen) => `req_${g.alnum(14)}`;
