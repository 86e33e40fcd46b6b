// rw-dev20 energy part: energy, utilities and industrial OT (grid and substations, SCADA/PLC, renewables, metering, oil and gas, water). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { ENERGY_SCADA_DOCS } from './energyScada';
import { ENERGY_HISTORIAN_DOCS } from './energyHistorian';
import { ENERGY_MQTT_DOCS } from './energyMqtt';
import { ENERGY_NETWORK_DOCS } from './energyNetwork';
import { ENERGY_REMOTE_DOCS } from './energyRemote';
import { ENERGY_METERING_DOCS } from './energyMetering';
import { ENERGY_RENEWABLE_DOCS } from './energyRenewables';
import { ENERGY_EV_DOCS } from './energyEv';
import { ENERGY_MARKET_DOCS } from './energyMarkets';
import { ENERGY_PROSE_DOCS } from './energyProse';
import { ENERGY_OIL_WATER_DOCS } from './energyOilWater';
import { ENERGY_TOKEN_DOCS } from './energyTokens';
import { ENERGY_LOOKALIKE_DOCS } from './energyLookalikes';
import { ENERGY_INTEGRATION_DOCS } from './energyIntegrations';

export const ENERGY_DOCS: RealWorldDoc[] = [
  ...ENERGY_SCADA_DOCS,
  ...ENERGY_HISTORIAN_DOCS,
  ...ENERGY_MQTT_DOCS,
  ...ENERGY_NETWORK_DOCS,
  ...ENERGY_REMOTE_DOCS,
  ...ENERGY_METERING_DOCS,
  ...ENERGY_RENEWABLE_DOCS,
  ...ENERGY_EV_DOCS,
  ...ENERGY_MARKET_DOCS,
  ...ENERGY_PROSE_DOCS,
  ...ENERGY_OIL_WATER_DOCS,
  ...ENERGY_TOKEN_DOCS,
  ...ENERGY_LOOKALIKE_DOCS,
  ...ENERGY_INTEGRATION_DOCS,
];
