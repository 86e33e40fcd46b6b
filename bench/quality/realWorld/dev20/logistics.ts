// rw-dev20 logistics part: logistics, shipping and supply chain IT (carriers, freight forwarding, warehouses, fleet telematics, customs, EDI). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { LOGISTICS_CARRIER_DOCS } from './logisticsCarriers';
import { LOGISTICS_PLATFORM_DOCS } from './logisticsPlatforms';
import { LOGISTICS_FREIGHT_DOCS } from './logisticsFreight';
import { LOGISTICS_EDI_DOCS } from './logisticsEdi';
import { LOGISTICS_CUSTOMS_DOCS } from './logisticsCustoms';
import { LOGISTICS_ERP_DOCS } from './logisticsErp';
import { LOGISTICS_DEVICE_DOCS } from './logisticsDevices';
import { LOGISTICS_FLEET_DOCS } from './logisticsFleet';
import { LOGISTICS_MAPS_DOCS } from './logisticsMaps';
import { LOGISTICS_OPS_DOCS } from './logisticsOps';
import { LOGISTICS_PROSE_DOCS } from './logisticsProse';
import { LOGISTICS_LOOKALIKE_DOCS } from './logisticsLookalikes';
import { LOGISTICS_PLUMBING_DOCS } from './logisticsPlumbing';
import { LOGISTICS_LAST_MILE_DOCS } from './logisticsLastMile';

export const LOGISTICS_DOCS: RealWorldDoc[] = [
  ...LOGISTICS_CARRIER_DOCS,
  ...LOGISTICS_PLATFORM_DOCS,
  ...LOGISTICS_FREIGHT_DOCS,
  ...LOGISTICS_EDI_DOCS,
  ...LOGISTICS_CUSTOMS_DOCS,
  ...LOGISTICS_ERP_DOCS,
  ...LOGISTICS_DEVICE_DOCS,
  ...LOGISTICS_FLEET_DOCS,
  ...LOGISTICS_MAPS_DOCS,
  ...LOGISTICS_OPS_DOCS,
  ...LOGISTICS_PROSE_DOCS,
  ...LOGISTICS_LAST_MILE_DOCS,
  ...LOGISTICS_PLUMBING_DOCS,
  ...LOGISTICS_LOOKALIKE_DOCS,
];
