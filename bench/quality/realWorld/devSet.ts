// rw-dev: the real-world-shaped DEV set (issue 15), written without reading the engine. Detection work tunes
// against it freely; whole files by area live in dev/*.ts, value generators in dev/values.ts and providers.ts.
import type { RealWorldSet } from './types';
import { COMMAND_LINE_DOCS } from './dev/commandLine';
import { DEFAULTS_DOCS } from './dev/defaults';
import { PROSE_DOCS } from './dev/prose';
import { HTTP_AUTH_DOCS } from './dev/httpAuth';
import { CONFIG_DOCS } from './dev/configs';
import { CREDENTIAL_FILE_DOCS } from './dev/credentialFiles';
import { CODE_DOCS } from './dev/code';
import { LOG_DOCS } from './dev/logs';
import { PRECISION_DOCS } from './dev/precision';
import { APP_SECRET_DOCS } from './dev/appSecrets';
import { MIXED_DOCS } from './dev/mixed';
import { NEGATIVE_DOCS } from './dev/negatives';

export const DEV_SET: RealWorldSet = {
  id: 'rw-dev',
  seed: 0xd15c_0de,
  docs: [
    ...COMMAND_LINE_DOCS,
    ...PROSE_DOCS,
    ...DEFAULTS_DOCS,
    ...HTTP_AUTH_DOCS,
    ...CONFIG_DOCS,
    ...CREDENTIAL_FILE_DOCS,
    ...CODE_DOCS,
    ...LOG_DOCS,
    ...PRECISION_DOCS,
    ...APP_SECRET_DOCS,
    ...MIXED_DOCS,
    ...NEGATIVE_DOCS,
  ],
};
