// rw-dev17 health part: healthcare IT (EHR integrations, HL7/FHIR interfaces, imaging, lab systems, clinical support). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const HEALTH_DOCS: RealWorldDoc[] = [];
