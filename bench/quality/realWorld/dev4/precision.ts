// rw-dev4: whole files heavy in look-alikes, written without reading the engine first (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { API_DOC_DOCS } from './precisionApiDocs';
import { ASSET_DOCS } from './precisionAssets';
import { CODE_DOCS } from './precisionCode';
import { CODE_DATA_DOCS } from './precisionCodeData';
import { DIGEST_DOCS } from './precisionDigests';
import { I18N_DOCS } from './precisionI18n';
import { INFRA_DOCS } from './precisionInfra';
import { LOG_DOCS } from './precisionLogs';
import { MIXED_DOCS } from './precisionMixed';
import { MORE_DOCS } from './precisionMore';
import { EXTRA_DOCS } from './precisionExtra';
import { FORM_DOCS } from './precisionForms';

export const PRECISION_DOCS: RealWorldDoc[] = [
  ...I18N_DOCS,
  ...FORM_DOCS,
  ...API_DOC_DOCS,
  ...CODE_DOCS,
  ...CODE_DATA_DOCS,
  ...DIGEST_DOCS,
  ...INFRA_DOCS,
  ...ASSET_DOCS,
  ...LOG_DOCS,
  ...MIXED_DOCS,
  ...MORE_DOCS,
  ...EXTRA_DOCS,
];
