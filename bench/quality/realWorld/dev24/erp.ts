// rw-dev24 erp part: manufacturing, ERP, MES and supply-chain back offices. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { ERP_SAP_DOCS } from './erpSap';
import { ERP_DYNAMICS_DOCS } from './erpDynamics';
import { ERP_ODOO_DOCS } from './erpOdoo';
import { ERP_ORACLE_DOCS } from './erpOracle';
import { ERP_EDI_DOCS } from './erpEdi';
import { ERP_SHOPFLOOR_DOCS } from './erpShopFloor';
import { ERP_LABELS_PLM_DOCS } from './erpLabelsPlm';
import { ERP_SQL_OFFICE_DOCS } from './erpSqlOffice';
import { ERP_PROSE_DOCS } from './erpProse';
import { ERP_HTTP_DOCS } from './erpHttp';
import { ERP_CHAT_DOCS } from './erpChat';
import { ERP_LOGS_CI_DOCS } from './erpLogsCi';
import { ERP_FILES_DOCS } from './erpFiles';

export const ERP_DOCS: RealWorldDoc[] = [
  ...ERP_SAP_DOCS,
  ...ERP_DYNAMICS_DOCS,
  ...ERP_ODOO_DOCS,
  ...ERP_ORACLE_DOCS,
  ...ERP_EDI_DOCS,
  ...ERP_SHOPFLOOR_DOCS,
  ...ERP_LABELS_PLM_DOCS,
  ...ERP_SQL_OFFICE_DOCS,
  ...ERP_PROSE_DOCS,
  ...ERP_HTTP_DOCS,
  ...ERP_CHAT_DOCS,
  ...ERP_LOGS_CI_DOCS,
  ...ERP_FILES_DOCS,
];
