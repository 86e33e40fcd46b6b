// rw-dev20 energy part: energy, utilities and industrial OT (grid and substations, SCADA/PLC, renewables, metering, oil and gas, water). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const ENERGY_DOCS: RealWorldDoc[] = [];
