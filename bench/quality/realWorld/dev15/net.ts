// rw-dev15 net part: network and telecom operations (device configs, provisioning, VoIP, RADIUS/TACACS, monitoring). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { NET_CISCO_DOCS } from './netCisco';
import { NET_VENDOR_DOCS } from './netVendors';
import { NET_AAA_VPN_DOCS } from './netAaaVpn';
import { NET_VOIP_DOCS } from './netVoip';
import { NET_AUTOMATION_DOCS } from './netAutomation';
import { NET_MONITORING_DOCS } from './netMonitoring';
import { NET_PROSE_DOCS } from './netProse';
import { NET_LOOKALIKE_DOCS } from './netLookalikes';
import { NET_CLI_DOCS } from './netCli';
import { NET_MORE_DOCS } from './netMore';

export const NET_DOCS: RealWorldDoc[] = [
  ...NET_CISCO_DOCS,
  ...NET_VENDOR_DOCS,
  ...NET_AAA_VPN_DOCS,
  ...NET_VOIP_DOCS,
  ...NET_AUTOMATION_DOCS,
  ...NET_MONITORING_DOCS,
  ...NET_PROSE_DOCS,
  ...NET_LOOKALIKE_DOCS,
  ...NET_CLI_DOCS,
  ...NET_MORE_DOCS,
];
