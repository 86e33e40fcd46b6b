// rw-dev14 biz part: business integrations (finance, payments, ERP, healthcare and EDI connections, reporting tools). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const BIZ_DOCS: RealWorldDoc[] = [];
