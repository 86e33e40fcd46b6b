// rw-dev25 secops part: security operations, penetration-test reports, red teams and incident response. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const SECOPS_DOCS: RealWorldDoc[] = [];
