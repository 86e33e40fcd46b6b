// rw-dev11 incident part: incident artifacts: logs, crash reports, HAR and build output, support tickets and post-mortems. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const INCIDENT_DOCS: RealWorldDoc[] = [];
