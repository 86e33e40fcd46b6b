// rw-dev21 finance part: banking, trading, payments and insurance IT. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { FINANCE_FIX_DOCS } from './financeFix';
import { FINANCE_MARKET_DATA_DOCS } from './financeMarketData';
import { FINANCE_BROKER_DOCS } from './financeBrokers';
import { FINANCE_PAYMENT_DOCS } from './financePayments';
import { FINANCE_TRANSFER_DOCS } from './financeTransfer';
import { FINANCE_DATA_DOCS } from './financeData';
import { FINANCE_ENTERPRISE_DOCS } from './financeEnterprise';
import { FINANCE_PROSE_DOCS } from './financeProse';
import { FINANCE_PROSE_INTL_DOCS } from './financeProseIntl';
import { FINANCE_OPS_DOCS } from './financeOps';
import { FINANCE_LOG_DOCS } from './financeLogs';
import { FINANCE_PRECISION_DOCS } from './financePrecision';
import { FINANCE_KEY_DOCS } from './financeKeys';

export const FINANCE_DOCS: RealWorldDoc[] = [
  ...FINANCE_FIX_DOCS,
  ...FINANCE_MARKET_DATA_DOCS,
  ...FINANCE_BROKER_DOCS,
  ...FINANCE_PAYMENT_DOCS,
  ...FINANCE_TRANSFER_DOCS,
  ...FINANCE_DATA_DOCS,
  ...FINANCE_ENTERPRISE_DOCS,
  ...FINANCE_PROSE_DOCS,
  ...FINANCE_PROSE_INTL_DOCS,
  ...FINANCE_OPS_DOCS,
  ...FINANCE_LOG_DOCS,
  ...FINANCE_PRECISION_DOCS,
  ...FINANCE_KEY_DOCS,
];
