// rw-dev25: a twenty-fifth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: security operations, penetration-test reports and incident response, and data-science notebooks, ML
// platforms and analytics warehouses. Its first measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { SECOPS_DOCS } from './dev25/secops';
import { DATASCI_DOCS } from './dev25/datasci';

export const DEV25_SET: RealWorldSet = {
  id: 'rw-dev25',
  seed: 0xd25c_0d25,
  docs: [...SECOPS_DOCS, ...DATASCI_DOCS],
};
