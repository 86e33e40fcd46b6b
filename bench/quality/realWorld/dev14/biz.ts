// rw-dev14 biz part: business integrations (finance, payments, ERP, healthcare and EDI connections, reporting tools). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { BIZ_PAYMENT_DOCS } from './bizPayments';
import { BIZ_BANKING_DOCS } from './bizBanking';
import { BIZ_ERP_DOCS } from './bizErp';
import { BIZ_ACCOUNTING_DOCS } from './bizAccounting';
import { BIZ_HEALTH_DOCS } from './bizHealth';
import { BIZ_EDI_DOCS } from './bizEdi';
import { BIZ_REPORTING_DOCS } from './bizReporting';
import { BIZ_TICKET_DOCS } from './bizTickets';
import { BIZ_MORE_DOCS } from './bizMore';
import { BIZ_LOOKALIKE_DOCS } from './bizLookalikes';

export const BIZ_DOCS: RealWorldDoc[] = [
  ...BIZ_PAYMENT_DOCS,
  ...BIZ_BANKING_DOCS,
  ...BIZ_ERP_DOCS,
  ...BIZ_ACCOUNTING_DOCS,
  ...BIZ_HEALTH_DOCS,
  ...BIZ_EDI_DOCS,
  ...BIZ_REPORTING_DOCS,
  ...BIZ_TICKET_DOCS,
  ...BIZ_MORE_DOCS,
  ...BIZ_LOOKALIKE_DOCS,
];
