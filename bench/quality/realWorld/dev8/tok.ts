// rw-dev8 tok part: tokens and API keys without a provider prefix, in every file kind people leak them in.
// Written without reading the engine (see ../../LABELLING.md). One theme per file: configs in every syntax,
// infrastructure and CI files, command lines and their output, source code, look-alikes and prose.
import type { RealWorldDoc } from '../types';
import { CONFIG_DOCS } from './tokConfig';
import { INFRA_DOCS } from './tokInfra';
import { CMD_DOCS } from './tokCmd';
import { CODE_DOCS } from './tokCode';
import { NEG_DOCS } from './tokNeg';
import { MORE_DOCS } from './tokMore';

export const TOK_DOCS: RealWorldDoc[] = [...CONFIG_DOCS, ...INFRA_DOCS, ...CMD_DOCS, ...CODE_DOCS, ...MORE_DOCS, ...NEG_DOCS];
