// rw-dev23 martech part: marketing, CRM, ad tech, HR and payroll. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { MARTECH_EMAIL_DOCS } from './martechEmail';
import { MARTECH_CRM_DOCS } from './martechCrm';
import { MARTECH_ADS_DOCS } from './martechAds';
import { MARTECH_ANALYTICS_DOCS } from './martechAnalytics';
import { MARTECH_WEB_DOCS } from './martechWeb';
import { MARTECH_HR_DOCS } from './martechHr';
import { MARTECH_PAYROLL_DOCS } from './martechPayroll';
import { MARTECH_RECRUITING_DOCS } from './martechRecruiting';
import { MARTECH_AFFILIATE_DOCS } from './martechAffiliate';
import { MARTECH_OPS_DOCS } from './martechOps';
import { MARTECH_PROSE_DOCS } from './martechProse';

export const MARTECH_DOCS: RealWorldDoc[] = [
  ...MARTECH_EMAIL_DOCS,
  ...MARTECH_CRM_DOCS,
  ...MARTECH_ADS_DOCS,
  ...MARTECH_ANALYTICS_DOCS,
  ...MARTECH_WEB_DOCS,
  ...MARTECH_HR_DOCS,
  ...MARTECH_PAYROLL_DOCS,
  ...MARTECH_RECRUITING_DOCS,
  ...MARTECH_AFFILIATE_DOCS,
  ...MARTECH_OPS_DOCS,
  ...MARTECH_PROSE_DOCS,
];
