// rw-dev20: a twentieth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: energy, utilities and industrial OT (grid, SCADA/PLC, renewables, metering, oil and gas, water) and
// logistics, shipping and supply chain IT (carriers, forwarding, warehouses, fleet telematics, customs, EDI). Its
// first measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { ENERGY_DOCS } from './dev20/energy';
import { LOGISTICS_DOCS } from './dev20/logistics';

export const DEV20_SET: RealWorldSet = {
  id: 'rw-dev20',
  seed: 0xd20c_0d20,
  docs: [...ENERGY_DOCS, ...LOGISTICS_DOCS],
};
