// rw-dev16 shop part: e-commerce operations (storefront platforms, payment and shipping integrations, marketplace feeds, shop support). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const SHOP_DOCS: RealWorldDoc[] = [];
