// rw-dev7 neg part: look-alikes (a precision part), whole files where secret-named things hold values that are
// not secrets, beside some real secrets. Written without reading the engine (see ../../LABELLING.md); one theme
// a file.
import type { RealWorldDoc } from '../types';
import { NEG_CMD_DOCS } from './negCmd';
import { NEG_CODE_DOCS } from './negCode';
import { NEG_CONFIG_DOCS } from './negConfig';
import { NEG_CREDS_DOCS } from './negCreds';
import { NEG_CRYPTO_DOCS } from './negCrypto';
import { NEG_DIGEST_DOCS } from './negDigests';
import { NEG_ID_DOCS } from './negIds';
import { NEG_LOG_DOCS } from './negLogs';
import { NEG_MIXED_DOCS } from './negMixed';
import { NEG_PROSE_DOCS } from './negProse';

export const NEG_DOCS: RealWorldDoc[] = [
  ...NEG_CONFIG_DOCS,
  ...NEG_ID_DOCS,
  ...NEG_DIGEST_DOCS,
  ...NEG_CRYPTO_DOCS,
  ...NEG_CODE_DOCS,
  ...NEG_LOG_DOCS,
  ...NEG_CMD_DOCS,
  ...NEG_PROSE_DOCS,
  ...NEG_CREDS_DOCS,
  ...NEG_MIXED_DOCS,
];
