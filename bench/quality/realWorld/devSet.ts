// rw-dev: the real-world-shaped DEV set (issue 15), written without reading the engine. Detection work tunes
// against it freely; whole files by area live in dev/*.ts, value generators in dev/values.ts and providers.ts.
import type { RealWorldSet } from './types';
import { COMMAND_LINE_DOCS } from './dev/commandLine';
import { DEFAULTS_DOCS } from './dev/defaults';
import { PROSE_DOCS } from './dev/prose';

export const DEV_SET: RealWorldSet = {
  id: 'rw-dev',
  seed: 0xd15c_0de,
  docs: [...COMMAND_LINE_DOCS, ...PROSE_DOCS, ...DEFAULTS_DOCS],
};
