// rw-dev16 lab part: research computing (notebooks, HPC clusters, lab instruments, data pipelines). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { LAB_NOTEBOOK_DOCS } from './labNotebooks';
import { LAB_HPC_DOCS } from './labHpc';
import { LAB_CRED_FILE_DOCS } from './labCredFiles';
import { LAB_PIPELINE_DOCS } from './labPipelines';
import { LAB_PROSE_DOCS } from './labProse';
import { LAB_INSTRUMENT_DOCS } from './labInstruments';
import { LAB_DATABASE_DOCS } from './labDatabases';
import { LAB_CLI_DOCS } from './labCli';
import { LAB_README_DOCS } from './labReadmes';
import { LAB_LOOKALIKE_DOCS } from './labLookalikes';
import { LAB_SERVICE_DOCS } from './labServices';
import { LAB_ADMIN_DOCS } from './labAdmin';
import { LAB_MLOPS_DOCS } from './labMlops';
import { LAB_METADATA_DOCS } from './labMetadata';

export const LAB_DOCS: RealWorldDoc[] = [
  ...LAB_NOTEBOOK_DOCS,
  ...LAB_HPC_DOCS,
  ...LAB_CRED_FILE_DOCS,
  ...LAB_PIPELINE_DOCS,
  ...LAB_PROSE_DOCS,
  ...LAB_INSTRUMENT_DOCS,
  ...LAB_DATABASE_DOCS,
  ...LAB_CLI_DOCS,
  ...LAB_README_DOCS,
  ...LAB_LOOKALIKE_DOCS,
  ...LAB_SERVICE_DOCS,
  ...LAB_ADMIN_DOCS,
  ...LAB_MLOPS_DOCS,
  ...LAB_METADATA_DOCS,
];
