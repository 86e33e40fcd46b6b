// rw-dev2: credential files, HTTP auth in every form, logs and config syntaxes. Written as whole files, without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { FILES_HTTP_CREDS } from './filesHttpCreds';
import { FILES_HTTP_HTTP } from './filesHttpHttp';
import { FILES_HTTP_LOGS } from './filesHttpLogs';
import { FILES_HTTP_CONFIG } from './filesHttpConfig';
import { FILES_HTTP_NEGATIVES } from './filesHttpNegatives';

export const FILES_HTTP_DOCS: RealWorldDoc[] = [...FILES_HTTP_CREDS, ...FILES_HTTP_HTTP, ...FILES_HTTP_LOGS, ...FILES_HTTP_CONFIG, ...FILES_HTTP_NEGATIVES];
