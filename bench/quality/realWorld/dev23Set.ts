// rw-dev23: a twenty-third real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: home labs and self-hosting, and marketing, CRM, ad tech and HR/payroll. Its first measurement is reported
// as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { SELFHOST_DOCS } from './dev23/selfhost';
import { MARTECH_DOCS } from './dev23/martech';

export const DEV23_SET: RealWorldSet = {
  id: 'rw-dev23',
  seed: 0xd23c_0d23,
  docs: [...SELFHOST_DOCS, ...MARTECH_DOCS],
};
