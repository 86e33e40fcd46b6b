// rw-held-out2, part B: source code, config syntaxes, credential files, CI/IaC and logs, written without reading the engine.
import type { RealWorldDoc } from '../types';
import { FILES_CODE1_DOCS } from './filesCode1';
import { FILES_CODE2_DOCS } from './filesCode2';
import { FILES_CODE3_DOCS } from './filesCode3';
import { FILES_CODE4_DOCS } from './filesCode4';
import { FILES_DEFAULTS_DOCS } from './filesDefaults';
import { FILES_CONFIG1_DOCS } from './filesConfig1';
import { FILES_CONFIG2_DOCS } from './filesConfig2';
import { FILES_CONFIG3_DOCS } from './filesConfig3';
import { FILES_CREDS1_DOCS } from './filesCreds1';
import { FILES_CREDS2_DOCS } from './filesCreds2';
import { FILES_LOGS1_DOCS } from './filesLogs1';
import { FILES_LOGS2_DOCS } from './filesLogs2';
import { FILES_PRECISION_DOCS } from './filesPrecision';
import { FILES_PRECISION2_DOCS } from './filesPrecision2';

export const HELD_OUT2_FILES_DOCS: RealWorldDoc[] = [
  ...FILES_CODE1_DOCS,
  ...FILES_CODE2_DOCS,
  ...FILES_CODE3_DOCS,
  ...FILES_CODE4_DOCS,
  ...FILES_DEFAULTS_DOCS,
  ...FILES_CONFIG1_DOCS,
  ...FILES_CONFIG2_DOCS,
  ...FILES_CONFIG3_DOCS,
  ...FILES_CREDS1_DOCS,
  ...FILES_CREDS2_DOCS,
  ...FILES_LOGS1_DOCS,
  ...FILES_LOGS2_DOCS,
  ...FILES_PRECISION_DOCS,
  ...FILES_PRECISION2_DOCS,
];
