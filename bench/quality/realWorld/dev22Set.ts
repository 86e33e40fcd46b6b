// rw-dev22: a twenty-second real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: telecom carriers, ISPs and contact centres, and agriculture, food production and restaurants. Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { TELECOM_DOCS } from './dev22/telecom';
import { AGRIFOOD_DOCS } from './dev22/agrifood';

export const DEV22_SET: RealWorldSet = {
  id: 'rw-dev22',
  seed: 0xd22c_0d22,
  docs: [...TELECOM_DOCS, ...AGRIFOOD_DOCS],
};
