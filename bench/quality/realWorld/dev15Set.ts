// rw-dev15: a fifteenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: CI/CD platforms and build output (pipeline files, job logs, platform exports, artifact metadata) and
// network and telecom operations (device configs, provisioning, VoIP, RADIUS/TACACS, monitoring). Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { CI_DOCS } from './dev15/ci';
import { NET_DOCS } from './dev15/net';

export const DEV15_SET: RealWorldSet = {
  id: 'rw-dev15',
  seed: 0xd15c_0d15,
  docs: [...CI_DOCS, ...NET_DOCS],
};
