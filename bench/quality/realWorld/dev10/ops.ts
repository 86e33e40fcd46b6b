// rw-dev10 ops part: command lines, CI files, logs and build output. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { OPS_SHELL_DOCS } from './opsShell';
import { OPS_WINDOWS_DOCS } from './opsWindows';
import { OPS_BUILD_DOCS } from './opsBuild';
import { OPS_CI_DOCS } from './opsCi';
import { OPS_LOGS_CI_DOCS } from './opsLogsCi';
import { OPS_LOGS_APP_DOCS } from './opsLogsApp';
import { OPS_CLOUD_DOCS } from './opsCloud';
import { OPS_MIXED_DOCS } from './opsMixed';
import { OPS_TOKENS_DOCS } from './opsTokens';
import { OPS_LISTINGS_DOCS } from './opsListings';
import { OPS_PRECISION_DOCS } from './opsPrecision';

export const OPS_DOCS: RealWorldDoc[] = [
  ...OPS_SHELL_DOCS,
  ...OPS_WINDOWS_DOCS,
  ...OPS_BUILD_DOCS,
  ...OPS_CI_DOCS,
  ...OPS_LOGS_CI_DOCS,
  ...OPS_LOGS_APP_DOCS,
  ...OPS_CLOUD_DOCS,
  ...OPS_MIXED_DOCS,
  ...OPS_TOKENS_DOCS,
  ...OPS_LISTINGS_DOCS,
  ...OPS_PRECISION_DOCS,
];
