// rw-dev12 web part: shared hosting, CMS and PHP sites, FTP clients and control panels, frontend builds and browser exports. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const WEB_DOCS: RealWorldDoc[] = [];
