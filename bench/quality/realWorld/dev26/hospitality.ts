// rw-dev26 hospitality part: hotels, restaurants, events and ticketing. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { HOSPITALITY_PMS_DOCS } from './hospitalityPms';
import { HOSPITALITY_CHANNEL_DOCS } from './hospitalityChannel';
import { HOSPITALITY_ROOMS_DOCS } from './hospitalityRooms';
import { HOSPITALITY_POS_DOCS } from './hospitalityPos';
import { HOSPITALITY_DELIVERY_DOCS } from './hospitalityDelivery';
import { HOSPITALITY_TICKETING_DOCS } from './hospitalityTicketing';
import { HOSPITALITY_WEB_DOCS } from './hospitalityWeb';
import { HOSPITALITY_PROSE_DOCS } from './hospitalityProse';
import { HOSPITALITY_MSP_DOCS } from './hospitalityMsp';
import { HOSPITALITY_LOGS_DOCS } from './hospitalityLogs';
import { HOSPITALITY_OPS_DOCS } from './hospitalityOps';
import { HOSPITALITY_LOOKALIKE_DOCS } from './hospitalityLookalikes';
import { HOSPITALITY_EVENTS_DOCS } from './hospitalityEvents';

export const HOSPITALITY_DOCS: RealWorldDoc[] = [
  ...HOSPITALITY_PMS_DOCS,
  ...HOSPITALITY_CHANNEL_DOCS,
  ...HOSPITALITY_ROOMS_DOCS,
  ...HOSPITALITY_POS_DOCS,
  ...HOSPITALITY_DELIVERY_DOCS,
  ...HOSPITALITY_TICKETING_DOCS,
  ...HOSPITALITY_WEB_DOCS,
  ...HOSPITALITY_PROSE_DOCS,
  ...HOSPITALITY_MSP_DOCS,
  ...HOSPITALITY_LOGS_DOCS,
  ...HOSPITALITY_OPS_DOCS,
  ...HOSPITALITY_LOOKALIKE_DOCS,
  ...HOSPITALITY_EVENTS_DOCS,
];
