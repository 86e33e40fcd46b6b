// rw-dev23 selfhost part: home labs, self-hosted services and hobbyist servers. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const SELFHOST_DOCS: RealWorldDoc[] = [];
