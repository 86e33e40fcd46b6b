// rw-dev22 telecom part: carriers, ISPs, SMS and voice platforms, contact centres. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { TELECOM_RADIUS_DOCS } from './telecomRadius';
import { TELECOM_VOIP_DOCS } from './telecomVoip';
import { TELECOM_SMS_DOCS } from './telecomSms';
import { TELECOM_ACCESS_DOCS } from './telecomAccess';
import { TELECOM_PROSE_DOCS } from './telecomProse';
import { TELECOM_CONTACT_DOCS } from './telecomContact';
import { TELECOM_BILLING_DOCS } from './telecomBilling';
import { TELECOM_MONITOR_DOCS } from './telecomMonitor';
import { TELECOM_HTTP_DOCS } from './telecomHttp';
import { TELECOM_OPS_DOCS } from './telecomOps';
import { TELECOM_APPS_DOCS } from './telecomApps';

export const TELECOM_DOCS: RealWorldDoc[] = [
  ...TELECOM_RADIUS_DOCS,
  ...TELECOM_VOIP_DOCS,
  ...TELECOM_SMS_DOCS,
  ...TELECOM_ACCESS_DOCS,
  ...TELECOM_PROSE_DOCS,
  ...TELECOM_CONTACT_DOCS,
  ...TELECOM_BILLING_DOCS,
  ...TELECOM_MONITOR_DOCS,
  ...TELECOM_HTTP_DOCS,
  ...TELECOM_OPS_DOCS,
  ...TELECOM_APPS_DOCS,
];
