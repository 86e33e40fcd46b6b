// rw-dev18 gov part: public sector and civic IT (municipal and state systems, e-government portals, open data, elections, courts). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { GOV_PORTAL_DOCS } from './govPortals';
import { GOV_IDENTITY_DOCS } from './govIdentity';
import { GOV_RECORDS_DOCS } from './govRecords';
import { GOV_GIS_DOCS } from './govGis';
import { GOV_OPEN_DATA_DOCS } from './govOpenData';
import { GOV_SERVICE_DOCS } from './govServices';
import { GOV_LEGACY_DOCS } from './govLegacy';
import { GOV_OPS_DOCS } from './govOps';
import { GOV_PROSE_DOCS } from './govProse';
import { GOV_LOG_DOCS } from './govLogs';
import { GOV_LOOKALIKE_DOCS } from './govLookalikes';
import { GOV_TOKEN_DOCS } from './govTokens';
import { GOV_CONNECTION_DOCS } from './govConnections';

export const GOV_DOCS: RealWorldDoc[] = [
  ...GOV_PORTAL_DOCS,
  ...GOV_IDENTITY_DOCS,
  ...GOV_RECORDS_DOCS,
  ...GOV_GIS_DOCS,
  ...GOV_OPEN_DATA_DOCS,
  ...GOV_SERVICE_DOCS,
  ...GOV_LEGACY_DOCS,
  ...GOV_OPS_DOCS,
  ...GOV_PROSE_DOCS,
  ...GOV_LOG_DOCS,
  ...GOV_LOOKALIKE_DOCS,
  ...GOV_TOKEN_DOCS,
  ...GOV_CONNECTION_DOCS,
];
