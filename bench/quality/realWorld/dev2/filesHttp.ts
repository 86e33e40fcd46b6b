// rw-dev2: credential files, HTTP auth in every form, logs and config syntaxes. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const FILES_HTTP_DOCS: RealWorldDoc[] = [];
