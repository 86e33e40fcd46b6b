// rw-dev3: logs, build and CI output, shell history, HTTP captures, credential and config files. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const LOGS_FILES_DOCS: RealWorldDoc[] = [];
