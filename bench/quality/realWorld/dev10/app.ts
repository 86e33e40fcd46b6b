// rw-dev10 app part: code, config syntaxes, defaults in code and HTTP auth. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { APP_PYTHON_DOCS } from './appPython';
import { APP_JVM_DOCS } from './appJvm';
import { APP_WEB_DOCS } from './appWeb';
import { APP_SYS_DOCS } from './appSys';
import { APP_CONFIG_DOCS } from './appConfig';
import { APP_DEFAULTS_DOCS } from './appDefaults';
import { APP_HTTP_DOCS } from './appHttp';
import { APP_NEG_DOCS } from './appNeg';
import { APP_MORE_DOCS } from './appMore';
import { APP_NEG2_DOCS } from './appNeg2';

export const APP_DOCS: RealWorldDoc[] = [
  ...APP_PYTHON_DOCS,
  ...APP_JVM_DOCS,
  ...APP_WEB_DOCS,
  ...APP_SYS_DOCS,
  ...APP_CONFIG_DOCS,
  ...APP_DEFAULTS_DOCS,
  ...APP_HTTP_DOCS,
  ...APP_NEG_DOCS,
  ...APP_MORE_DOCS,
  ...APP_NEG2_DOCS,
];
