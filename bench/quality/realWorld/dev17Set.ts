// rw-dev17: a seventeenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: healthcare IT (EHR integrations, HL7/FHIR interfaces, imaging, lab systems, clinical support) and embedded
// and automotive engineering (firmware, IoT devices, vehicle diagnostics, build and flashing tools). Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { HEALTH_DOCS } from './dev17/health';
import { EMBED_DOCS } from './dev17/embed';

export const DEV17_SET: RealWorldSet = {
  id: 'rw-dev17',
  seed: 0xd17c_0d17,
  docs: [...HEALTH_DOCS, ...EMBED_DOCS],
};
