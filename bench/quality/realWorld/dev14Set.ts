// rw-dev14: a fourteenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: students and teaching (course projects, homework repositories, bootcamp apps, lab and classroom tooling)
// and business integrations (finance, payments, ERP, healthcare and EDI connections, reporting tools). Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { EDU_DOCS } from './dev14/edu';
import { BIZ_DOCS } from './dev14/biz';

export const DEV14_SET: RealWorldSet = {
  id: 'rw-dev14',
  seed: 0xd15c_0d14,
  docs: [...EDU_DOCS, ...BIZ_DOCS],
};
