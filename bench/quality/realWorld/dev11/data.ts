// rw-dev11 data part: data work: notebooks, SQL and R scripts, pipelines, warehouse and BI configs. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { DATA_NOTEBOOK_DOCS } from './dataNotebooks';
import { DATA_SQL_DOCS } from './dataSql';
import { DATA_PIPELINE_DOCS } from './dataPipelines';
import { DATA_BIGDATA_DOCS } from './dataBigData';
import { DATA_BI_DOCS } from './dataBi';
import { DATA_SCRIPT_DOCS } from './dataScripts';
import { DATA_PROSE_DOCS } from './dataProse';
import { DATA_FILE_DOCS } from './dataFiles';
import { DATA_TOKEN_DOCS } from './dataTokens';
import { DATA_NEG_DOCS } from './dataNeg';
import { DATA_NEG2_DOCS } from './dataNeg2';

export const DATA_DOCS: RealWorldDoc[] = [
  ...DATA_NOTEBOOK_DOCS,
  ...DATA_SQL_DOCS,
  ...DATA_PIPELINE_DOCS,
  ...DATA_BIGDATA_DOCS,
  ...DATA_BI_DOCS,
  ...DATA_SCRIPT_DOCS,
  ...DATA_PROSE_DOCS,
  ...DATA_FILE_DOCS,
  ...DATA_TOKEN_DOCS,
  ...DATA_NEG_DOCS,
  ...DATA_NEG2_DOCS,
];
