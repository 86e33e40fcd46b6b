// rw-dev24: a twenty-fourth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: crypto, web3 and trading bots, and manufacturing, ERP and supply-chain back offices. Its first measurement
// is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { WEB3_DOCS } from './dev24/web3';
import { ERP_DOCS } from './dev24/erp';

export const DEV24_SET: RealWorldSet = {
  id: 'rw-dev24',
  seed: 0xd24c_0d24,
  docs: [...WEB3_DOCS, ...ERP_DOCS],
};
