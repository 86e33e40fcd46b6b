// rw-dev19 media part: media, broadcast and publishing (newsrooms, CMS, video pipelines, streaming, podcasts, ad tech). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const MEDIA_DOCS: RealWorldDoc[] = [];
