// rw-dev24 web3 part: crypto, web3 development, node operators, exchanges and trading bots. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const WEB3_DOCS: RealWorldDoc[] = [];
