// rw-dev19 travel part: travel and hospitality IT (hotels, airlines, restaurants, ticketing, booking channels, kiosks). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { TRAVEL_PMS_DOCS } from './travelPms';
import { TRAVEL_CHANNEL_DOCS } from './travelChannels';
import { TRAVEL_GDS_DOCS } from './travelGds';
import { TRAVEL_AIRPORT_DOCS } from './travelAirport';
import { TRAVEL_POS_DOCS } from './travelPos';
import { TRAVEL_NETWORK_DOCS } from './travelNetwork';
import { TRAVEL_PAYMENT_DOCS } from './travelPayments';
import { TRAVEL_GLUE_DOCS } from './travelGlue';
import { TRAVEL_HTTP_DOCS } from './travelHttp';
import { TRAVEL_PROSE_DOCS } from './travelProse';
import { TRAVEL_VENUE_DOCS } from './travelVenues';
import { TRAVEL_LOOKALIKE_DOCS } from './travelLookalikes';
import { TRAVEL_TOKEN_DOCS } from './travelTokens';
import { TRAVEL_OPS_DOCS } from './travelOps';

export const TRAVEL_DOCS: RealWorldDoc[] = [
  ...TRAVEL_PMS_DOCS,
  ...TRAVEL_CHANNEL_DOCS,
  ...TRAVEL_GDS_DOCS,
  ...TRAVEL_AIRPORT_DOCS,
  ...TRAVEL_POS_DOCS,
  ...TRAVEL_NETWORK_DOCS,
  ...TRAVEL_PAYMENT_DOCS,
  ...TRAVEL_GLUE_DOCS,
  ...TRAVEL_HTTP_DOCS,
  ...TRAVEL_PROSE_DOCS,
  ...TRAVEL_VENUE_DOCS,
  ...TRAVEL_LOOKALIKE_DOCS,
  ...TRAVEL_TOKEN_DOCS,
  ...TRAVEL_OPS_DOCS,
];
