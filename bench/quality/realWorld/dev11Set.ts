// rw-dev11: an eleventh real-world-shaped DEV set (issue 15), written by three writers at once without reading the
// engine: data work (notebooks, SQL and R scripts, pipelines, warehouse and BI configs), devices and homes (mobile
// apps, firmware and IoT sketches, routers, home automation, desktop app settings), and incident artifacts (logs,
// crash reports, HAR and build output, support tickets and post-mortems). Its first measurement is reported as
// first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { DATA_DOCS } from './dev11/data';
import { DEVICE_DOCS } from './dev11/device';
import { INCIDENT_DOCS } from './dev11/incident';

export const DEV11_SET: RealWorldSet = {
  id: 'rw-dev11',
  seed: 0xd15c_0d11,
  docs: [...DATA_DOCS, ...DEVICE_DOCS, ...INCIDENT_DOCS],
};
