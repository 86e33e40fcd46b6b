// rw-dev11 incident part: incident artifacts: logs, crash reports, HAR and build output, support tickets and post-mortems. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { INCIDENT_LOG_DOCS } from './incidentLogs';
import { INCIDENT_ENV_DOCS } from './incidentEnv';
import { INCIDENT_CRASH_DOCS } from './incidentCrash';
import { INCIDENT_HTTP_DOCS } from './incidentHttp';
import { INCIDENT_CI_DOCS } from './incidentCi';
import { INCIDENT_INFRA_DOCS } from './incidentInfra';
import { INCIDENT_TICKET_DOCS } from './incidentTickets';
import { INCIDENT_POSTMORTEM_DOCS } from './incidentPostmortem';
import { INCIDENT_MOBILE_DOCS } from './incidentMobile';
import { INCIDENT_SERVER_LOG_DOCS } from './incidentServerLogs';
import { INCIDENT_TOKEN_DOCS } from './incidentTokens';

export const INCIDENT_DOCS: RealWorldDoc[] = [
  ...INCIDENT_LOG_DOCS,
  ...INCIDENT_ENV_DOCS,
  ...INCIDENT_CRASH_DOCS,
  ...INCIDENT_HTTP_DOCS,
  ...INCIDENT_CI_DOCS,
  ...INCIDENT_INFRA_DOCS,
  ...INCIDENT_TICKET_DOCS,
  ...INCIDENT_POSTMORTEM_DOCS,
  ...INCIDENT_MOBILE_DOCS,
  ...INCIDENT_SERVER_LOG_DOCS,
  ...INCIDENT_TOKEN_DOCS,
];
