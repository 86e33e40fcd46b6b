// rw-dev15 net part: network and telecom operations (device configs, provisioning, VoIP, RADIUS/TACACS, monitoring). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const NET_DOCS: RealWorldDoc[] = [];
