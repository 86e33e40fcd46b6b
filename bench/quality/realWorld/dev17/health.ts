// rw-dev17 health part: healthcare IT (EHR integrations, HL7/FHIR interfaces, imaging, lab systems, clinical support). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { HEALTH_INTERFACE_DOCS } from './healthInterfaces';
import { HEALTH_FHIR_DOCS } from './healthFhir';
import { HEALTH_IMAGING_DOCS } from './healthImaging';
import { HEALTH_LOG_DOCS } from './healthLogs';
import { HEALTH_LAB_PHARM_DOCS } from './healthLabPharm';
import { HEALTH_APP_DOCS } from './healthApps';
import { HEALTH_OPS_DOCS } from './healthOps';
import { HEALTH_PROSE_DOCS } from './healthProse';
import { HEALTH_LOOKALIKE_DOCS } from './healthLookalikes';
import { HEALTH_SCRIPT_DOCS } from './healthScripts';
import { HEALTH_TOKEN_DOCS } from './healthTokens';

export const HEALTH_DOCS: RealWorldDoc[] = [
  ...HEALTH_INTERFACE_DOCS,
  ...HEALTH_FHIR_DOCS,
  ...HEALTH_IMAGING_DOCS,
  ...HEALTH_LOG_DOCS,
  ...HEALTH_LAB_PHARM_DOCS,
  ...HEALTH_APP_DOCS,
  ...HEALTH_OPS_DOCS,
  ...HEALTH_PROSE_DOCS,
  ...HEALTH_LOOKALIKE_DOCS,
  ...HEALTH_SCRIPT_DOCS,
  ...HEALTH_TOKEN_DOCS,
];
