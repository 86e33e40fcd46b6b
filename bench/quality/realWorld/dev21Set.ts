// rw-dev21: a twenty-first real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: finance, banking, trading and insurance IT, and legal, non-profit, real estate and construction IT. Its
// first measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { FINANCE_DOCS } from './dev21/finance';
import { CIVIC_DOCS } from './dev21/civic';

export const DEV21_SET: RealWorldSet = {
  id: 'rw-dev21',
  seed: 0xd21c_0d21,
  docs: [...FINANCE_DOCS, ...CIVIC_DOCS],
};
