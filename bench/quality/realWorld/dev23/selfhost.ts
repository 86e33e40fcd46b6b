// rw-dev23 selfhost part: home labs, self-hosted services and hobbyist servers. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { SELFHOST_COMPOSE_DOCS } from './selfhostCompose';
import { SELFHOST_ENV_DOCS } from './selfhostEnv';
import { SELFHOST_SMARTHOME_DOCS } from './selfhostSmartHome';
import { SELFHOST_NETWORK_DOCS } from './selfhostNetwork';
import { SELFHOST_PROXY_DOCS } from './selfhostProxy';
import { SELFHOST_STORAGE_DOCS } from './selfhostStorage';
import { SELFHOST_SHELL_DOCS } from './selfhostShell';
import { SELFHOST_FORUM_DOCS } from './selfhostForum';
import { SELFHOST_INTL_DOCS } from './selfhostIntl';
import { SELFHOST_CHAT_DOCS } from './selfhostChat';
import { SELFHOST_MAKERS_DOCS } from './selfhostMakers';
import { SELFHOST_LOGS_DOCS } from './selfhostLogs';
import { SELFHOST_CREDFILES_DOCS } from './selfhostCredFiles';

export const SELFHOST_DOCS: RealWorldDoc[] = [
  ...SELFHOST_COMPOSE_DOCS,
  ...SELFHOST_ENV_DOCS,
  ...SELFHOST_SMARTHOME_DOCS,
  ...SELFHOST_NETWORK_DOCS,
  ...SELFHOST_PROXY_DOCS,
  ...SELFHOST_STORAGE_DOCS,
  ...SELFHOST_SHELL_DOCS,
  ...SELFHOST_FORUM_DOCS,
  ...SELFHOST_INTL_DOCS,
  ...SELFHOST_CHAT_DOCS,
  ...SELFHOST_MAKERS_DOCS,
  ...SELFHOST_LOGS_DOCS,
  ...SELFHOST_CREDFILES_DOCS,
];
