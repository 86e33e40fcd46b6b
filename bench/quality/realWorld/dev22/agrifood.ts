// rw-dev22 agrifood part: farms, food production, food safety, restaurants and delivery. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { AGRIFOOD_FARM_CHAT_DOCS } from './agrifoodFarmChat';
import { AGRIFOOD_RESTAURANT_PROSE_DOCS } from './agrifoodRestaurantProse';
import { AGRIFOOD_CONFIG_DOCS } from './agrifoodConfigs';
import { AGRIFOOD_FARM_CODE_DOCS } from './agrifoodFarmCode';
import { AGRIFOOD_RESTAURANT_CODE_DOCS } from './agrifoodRestaurantCode';
import { AGRIFOOD_FACTORY_DOCS } from './agrifoodFactory';
import { AGRIFOOD_OPS_DOCS } from './agrifoodOps';
import { AGRIFOOD_CRED_DOCS } from './agrifoodCredFiles';
import { AGRIFOOD_BOOKING_DOCS } from './agrifoodBooking';
import { AGRIFOOD_COLDCHAIN_DOCS } from './agrifoodColdChain';
import { AGRIFOOD_IRRIGATION_DOCS } from './agrifoodIrrigation';
import { AGRIFOOD_HTTP_DOCS } from './agrifoodHttp';

export const AGRIFOOD_DOCS: RealWorldDoc[] = [
  ...AGRIFOOD_FARM_CHAT_DOCS,
  ...AGRIFOOD_RESTAURANT_PROSE_DOCS,
  ...AGRIFOOD_CONFIG_DOCS,
  ...AGRIFOOD_FARM_CODE_DOCS,
  ...AGRIFOOD_RESTAURANT_CODE_DOCS,
  ...AGRIFOOD_FACTORY_DOCS,
  ...AGRIFOOD_OPS_DOCS,
  ...AGRIFOOD_CRED_DOCS,
  ...AGRIFOOD_BOOKING_DOCS,
  ...AGRIFOOD_COLDCHAIN_DOCS,
  ...AGRIFOOD_IRRIGATION_DOCS,
  ...AGRIFOOD_HTTP_DOCS,
];
