// rw-dev8 prov part: provider credentials as they really appear — prefixed formats inside real files, and
// prefix-less keys that only the provider named near them identifies (service configs in many file kinds,
// credential files, application code, chat and tickets), with the public ids, documented examples and
// placeholders kept beside them as negatives. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { PROV_MATRIX_DOCS } from './provMatrix';
import { PROV_FILE_DOCS } from './provFiles';
import { PROV_APP_DOCS } from './provApps';
import { PROV_PROSE_DOCS } from './provProse';

export const PROV_DOCS: RealWorldDoc[] = [...PROV_FILE_DOCS, ...PROV_APP_DOCS, ...PROV_PROSE_DOCS, ...PROV_MATRIX_DOCS];
