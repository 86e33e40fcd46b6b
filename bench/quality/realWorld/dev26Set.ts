// rw-dev26: a twenty-sixth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: hospitality, events and ticketing, and education administration, campuses and libraries. Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { HOSPITALITY_DOCS } from './dev26/hospitality';
import { EDUCATION_DOCS } from './dev26/education';

export const DEV26_SET: RealWorldSet = {
  id: 'rw-dev26',
  seed: 0xd26c_0d26,
  docs: [...HOSPITALITY_DOCS, ...EDUCATION_DOCS],
};
