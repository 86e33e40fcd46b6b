// rw-dev25 datasci part: data-science notebooks, ML platforms and analytics warehouses. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { DATASCI_NOTEBOOK_DOCS } from './datasciNotebooks';
import { DATASCI_PYTHON_DOCS } from './datasciPython';
import { DATASCI_WAREHOUSE_DOCS } from './datasciWarehouse';
import { DATASCI_AIRFLOW_DOCS } from './datasciAirflow';
import { DATASCI_BI_DOCS } from './datasciBi';
import { DATASCI_STATS_DOCS } from './datasciStats';
import { DATASCI_MLOPS_DOCS } from './datasciMlops';
import { DATASCI_CHAT_DOCS } from './datasciChat';
import { DATASCI_COURSE_DOCS } from './datasciCourse';
import { DATASCI_LOG_DOCS } from './datasciLogs';
import { DATASCI_CONFIG_DOCS } from './datasciConfigs';
import { DATASCI_LLM_DOCS } from './datasciLlm';
import { DATASCI_TICKET_DOCS } from './datasciTickets';

export const DATASCI_DOCS: RealWorldDoc[] = [
  ...DATASCI_NOTEBOOK_DOCS,
  ...DATASCI_PYTHON_DOCS,
  ...DATASCI_WAREHOUSE_DOCS,
  ...DATASCI_AIRFLOW_DOCS,
  ...DATASCI_BI_DOCS,
  ...DATASCI_STATS_DOCS,
  ...DATASCI_MLOPS_DOCS,
  ...DATASCI_CHAT_DOCS,
  ...DATASCI_COURSE_DOCS,
  ...DATASCI_LOG_DOCS,
  ...DATASCI_CONFIG_DOCS,
  ...DATASCI_LLM_DOCS,
  ...DATASCI_TICKET_DOCS,
];
