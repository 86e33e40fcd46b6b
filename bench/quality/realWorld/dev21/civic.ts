// rw-dev21 civic part: law firms, non-profits, real estate and construction IT. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { CIVIC_LEGAL_PROSE_DOCS } from './civicLegalProse';
import { CIVIC_LEGAL_SYSTEMS_DOCS } from './civicLegalSystems';
import { CIVIC_EDISCOVERY_DOCS } from './civicEdiscovery';
import { CIVIC_CHARITY_PROSE_DOCS } from './civicCharityProse';
import { CIVIC_CHARITY_WEB_DOCS } from './civicCharityWeb';
import { CIVIC_DONOR_CRM_DOCS } from './civicDonorCrm';
import { CIVIC_REAL_ESTATE_FEEDS_DOCS } from './civicRealEstateFeeds';
import { CIVIC_PROPERTY_DOCS } from './civicProperty';
import { CIVIC_CONSTRUCTION_DOCS } from './civicConstruction';
import { CIVIC_SITE_IT_DOCS } from './civicSiteIt';
import { CIVIC_HTTP_LOGS_DOCS } from './civicHttpLogs';
import { CIVIC_OPS_FILES_DOCS } from './civicOpsFiles';
import { CIVIC_LOOKALIKE_DOCS } from './civicLookalikes';

export const CIVIC_DOCS: RealWorldDoc[] = [
  ...CIVIC_LEGAL_PROSE_DOCS,
  ...CIVIC_LEGAL_SYSTEMS_DOCS,
  ...CIVIC_EDISCOVERY_DOCS,
  ...CIVIC_CHARITY_PROSE_DOCS,
  ...CIVIC_CHARITY_WEB_DOCS,
  ...CIVIC_DONOR_CRM_DOCS,
  ...CIVIC_REAL_ESTATE_FEEDS_DOCS,
  ...CIVIC_PROPERTY_DOCS,
  ...CIVIC_CONSTRUCTION_DOCS,
  ...CIVIC_SITE_IT_DOCS,
  ...CIVIC_HTTP_LOGS_DOCS,
  ...CIVIC_OPS_FILES_DOCS,
  ...CIVIC_LOOKALIKE_DOCS,
];
