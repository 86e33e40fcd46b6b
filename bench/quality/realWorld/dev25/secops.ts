// rw-dev25 secops part: security operations, penetration-test reports, red teams and incident response. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { SECOPS_REPORT_DOCS } from './secopsReports';
import { SECOPS_TOOL_OUTPUT_DOCS } from './secopsToolOutput';
import { SECOPS_SHELL_DOCS } from './secopsShell';
import { SECOPS_CRACKING_DOCS } from './secopsCracking';
import { SECOPS_SIEM_DOCS } from './secopsSiem';
import { SECOPS_EDR_DOCS } from './secopsEdr';
import { SECOPS_INTEL_DOCS } from './secopsIntel';
import { SECOPS_HTTP_DOCS } from './secopsHttp';
import { SECOPS_INCIDENT_DOCS } from './secopsIncident';
import { SECOPS_MALWARE_DOCS } from './secopsMalware';
import { SECOPS_AUTOMATION_DOCS } from './secopsAutomation';
import { SECOPS_LOOKALIKE_DOCS } from './secopsLookalikes';
import { SECOPS_PROSE_DOCS } from './secopsProse';

export const SECOPS_DOCS: RealWorldDoc[] = [
  ...SECOPS_REPORT_DOCS,
  ...SECOPS_TOOL_OUTPUT_DOCS,
  ...SECOPS_SHELL_DOCS,
  ...SECOPS_CRACKING_DOCS,
  ...SECOPS_SIEM_DOCS,
  ...SECOPS_EDR_DOCS,
  ...SECOPS_INTEL_DOCS,
  ...SECOPS_HTTP_DOCS,
  ...SECOPS_INCIDENT_DOCS,
  ...SECOPS_MALWARE_DOCS,
  ...SECOPS_AUTOMATION_DOCS,
  ...SECOPS_LOOKALIKE_DOCS,
  ...SECOPS_PROSE_DOCS,
];
