// rw-dev17 embed part: embedded and automotive engineering (firmware, IoT devices, vehicle diagnostics, build and flashing tools). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const EMBED_DOCS: RealWorldDoc[] = [];
