// Each part of rw-dev2 and rw-dev3 (written by different writers at the same time) keeps the size its first-look
// and tuning figures rely on, and its spans are well formed (a label never overlaps a marked negative, an unscored
// span or another label).
import * as assert from 'node:assert/strict';
import { buildRealWorldCorpus } from '../../bench/quality/realWorld/build';
import { REAL_WORLD_SETS } from '../../bench/quality/realWorld/sets';
import { DEV2_SET } from '../../bench/quality/realWorld/dev2Set';
import { FILES_HTTP_DOCS } from '../../bench/quality/realWorld/dev2/filesHttp';
import { PROSE_CODE_DOCS } from '../../bench/quality/realWorld/dev2/proseCode';
import { DEV3_SET } from '../../bench/quality/realWorld/dev3Set';
import { CODE_INFRA_DOCS } from '../../bench/quality/realWorld/dev3/codeInfra';
import { LOGS_FILES_DOCS } from '../../bench/quality/realWorld/dev3/logsFiles';
import { PROSE_CHAT_DOCS } from '../../bench/quality/realWorld/dev3/proseChat';
import { DEV4_SET } from '../../bench/quality/realWorld/dev4Set';
import { PRECISION_DOCS } from '../../bench/quality/realWorld/dev4/precision';
import { DEV5_SET } from '../../bench/quality/realWorld/dev5Set';
import { PROSE_DOCS as DEV5_PROSE_DOCS } from '../../bench/quality/realWorld/dev5/prose';
import { CMD_CODE_DOCS } from '../../bench/quality/realWorld/dev5/cmdCode';
import { DEV6_SET } from '../../bench/quality/realWorld/dev6Set';
import { PROSE_DOCS as DEV6_PROSE_DOCS } from '../../bench/quality/realWorld/dev6/prose';
import { CODE_DOCS as DEV6_CODE_DOCS } from '../../bench/quality/realWorld/dev6/code';
import { DEV7_SET } from '../../bench/quality/realWorld/dev7Set';
import { NEG_DOCS as DEV7_NEG_DOCS } from '../../bench/quality/realWorld/dev7/neg';
import { CODE_DOCS as DEV7_CODE_DOCS } from '../../bench/quality/realWorld/dev7/code';
import { CMD_DOCS as DEV7_CMD_DOCS } from '../../bench/quality/realWorld/dev7/cmd';
import { PROSE_DOCS as DEV7_PROSE_DOCS } from '../../bench/quality/realWorld/dev7/prose';
import { DEV8_SET } from '../../bench/quality/realWorld/dev8Set';
import { PROSE_DOCS as DEV8_PROSE_DOCS } from '../../bench/quality/realWorld/dev8/prose';
import { TOK_DOCS as DEV8_TOK_DOCS } from '../../bench/quality/realWorld/dev8/tok';
import { PROV_DOCS as DEV8_PROV_DOCS } from '../../bench/quality/realWorld/dev8/prov';
import { DEV9_SET } from '../../bench/quality/realWorld/dev9Set';
import { PROSE_DOCS as DEV9_PROSE_DOCS } from '../../bench/quality/realWorld/dev9/prose';
import { CMD_DOCS as DEV9_CMD_DOCS } from '../../bench/quality/realWorld/dev9/cmd';
import { CODE_DOCS as DEV9_CODE_DOCS } from '../../bench/quality/realWorld/dev9/code';
import { LOGS_DOCS as DEV9_LOGS_DOCS } from '../../bench/quality/realWorld/dev9/logs';
import { CRED_DOCS as DEV9_CRED_DOCS } from '../../bench/quality/realWorld/dev9/cred';
import { DEV10_SET } from '../../bench/quality/realWorld/dev10Set';
import { CHAT_DOCS as DEV10_CHAT_DOCS } from '../../bench/quality/realWorld/dev10/chat';
import { OPS_DOCS as DEV10_OPS_DOCS } from '../../bench/quality/realWorld/dev10/ops';
import { APP_DOCS as DEV10_APP_DOCS } from '../../bench/quality/realWorld/dev10/app';
import { DEV11_SET } from '../../bench/quality/realWorld/dev11Set';
import { DATA_DOCS as DEV11_DATA_DOCS } from '../../bench/quality/realWorld/dev11/data';
import { DEVICE_DOCS as DEV11_DEVICE_DOCS } from '../../bench/quality/realWorld/dev11/device';
import { INCIDENT_DOCS as DEV11_INCIDENT_DOCS } from '../../bench/quality/realWorld/dev11/incident';
import { DEV12_SET } from '../../bench/quality/realWorld/dev12Set';
import { WEB_DOCS as DEV12_WEB_DOCS } from '../../bench/quality/realWorld/dev12/web';
import { AGENT_DOCS as DEV12_AGENT_DOCS } from '../../bench/quality/realWorld/dev12/agent';
import { DEV13_SET } from '../../bench/quality/realWorld/dev13Set';
import { WIN_DOCS as DEV13_WIN_DOCS } from '../../bench/quality/realWorld/dev13/win';
import { APP_DOCS as DEV13_APP_DOCS } from '../../bench/quality/realWorld/dev13/app';
import { DEV14_SET } from '../../bench/quality/realWorld/dev14Set';
import { EDU_DOCS as DEV14_EDU_DOCS } from '../../bench/quality/realWorld/dev14/edu';
import { BIZ_DOCS as DEV14_BIZ_DOCS } from '../../bench/quality/realWorld/dev14/biz';
import { DEV15_SET } from '../../bench/quality/realWorld/dev15Set';
import { CI_DOCS as DEV15_CI_DOCS } from '../../bench/quality/realWorld/dev15/ci';
import { NET_DOCS as DEV15_NET_DOCS } from '../../bench/quality/realWorld/dev15/net';
import { DEV16_SET } from '../../bench/quality/realWorld/dev16Set';
import { SHOP_DOCS as DEV16_SHOP_DOCS } from '../../bench/quality/realWorld/dev16/shop';
import { LAB_DOCS as DEV16_LAB_DOCS } from '../../bench/quality/realWorld/dev16/lab';
import { DEV17_SET } from '../../bench/quality/realWorld/dev17Set';
import { HEALTH_DOCS as DEV17_HEALTH_DOCS } from '../../bench/quality/realWorld/dev17/health';
import { EMBED_DOCS as DEV17_EMBED_DOCS } from '../../bench/quality/realWorld/dev17/embed';
import { DEV18_SET } from '../../bench/quality/realWorld/dev18Set';
import { GAME_DOCS as DEV18_GAME_DOCS } from '../../bench/quality/realWorld/dev18/game';
import { GOV_DOCS as DEV18_GOV_DOCS } from '../../bench/quality/realWorld/dev18/gov';
import { DEV19_SET } from '../../bench/quality/realWorld/dev19Set';
import { MEDIA_DOCS as DEV19_MEDIA_DOCS } from '../../bench/quality/realWorld/dev19/media';
import { TRAVEL_DOCS as DEV19_TRAVEL_DOCS } from '../../bench/quality/realWorld/dev19/travel';
import { DEV20_SET } from '../../bench/quality/realWorld/dev20Set';
import { ENERGY_DOCS as DEV20_ENERGY_DOCS } from '../../bench/quality/realWorld/dev20/energy';
import { LOGISTICS_DOCS as DEV20_LOGISTICS_DOCS } from '../../bench/quality/realWorld/dev20/logistics';
import { DEV21_SET } from '../../bench/quality/realWorld/dev21Set';
import { FINANCE_DOCS as DEV21_FINANCE_DOCS } from '../../bench/quality/realWorld/dev21/finance';
import { CIVIC_DOCS as DEV21_CIVIC_DOCS } from '../../bench/quality/realWorld/dev21/civic';
import { DEV22_SET } from '../../bench/quality/realWorld/dev22Set';
import { TELECOM_DOCS as DEV22_TELECOM_DOCS } from '../../bench/quality/realWorld/dev22/telecom';
import { AGRIFOOD_DOCS as DEV22_AGRIFOOD_DOCS } from '../../bench/quality/realWorld/dev22/agrifood';
import { DEV23_SET } from '../../bench/quality/realWorld/dev23Set';
import { SELFHOST_DOCS as DEV23_SELFHOST_DOCS } from '../../bench/quality/realWorld/dev23/selfhost';
import { MARTECH_DOCS as DEV23_MARTECH_DOCS } from '../../bench/quality/realWorld/dev23/martech';
import { DEV24_SET } from '../../bench/quality/realWorld/dev24Set';
import { WEB3_DOCS as DEV24_WEB3_DOCS } from '../../bench/quality/realWorld/dev24/web3';
import { ERP_DOCS as DEV24_ERP_DOCS } from '../../bench/quality/realWorld/dev24/erp';
import { DEV25_SET } from '../../bench/quality/realWorld/dev25Set';
import { SECOPS_DOCS as DEV25_SECOPS_DOCS } from '../../bench/quality/realWorld/dev25/secops';
import { DATASCI_DOCS as DEV25_DATASCI_DOCS } from '../../bench/quality/realWorld/dev25/datasci';
import { DEV26_SET } from '../../bench/quality/realWorld/dev26Set';
import { HOSPITALITY_DOCS as DEV26_HOSPITALITY_DOCS } from '../../bench/quality/realWorld/dev26/hospitality';
import { EDUCATION_DOCS as DEV26_EDUCATION_DOCS } from '../../bench/quality/realWorld/dev26/education';
import { HELD_OUT2_SET } from '../../bench/quality/realWorld/heldOut2Set';
import { HELD_OUT2_PROSE_DOCS } from '../../bench/quality/realWorld/heldOut2/prose';
import { HELD_OUT2_FILES_DOCS } from '../../bench/quality/realWorld/heldOut2/files';

const PARTS = [
  { id: 'rw-dev2-prose-code', title: 'rw-dev2 prose/code', seed: DEV2_SET.seed, docs: PROSE_CODE_DOCS, areas: ['prose', 'code', 'precision'] },
  { id: 'rw-dev2-files-http', title: 'rw-dev2 files/HTTP', seed: DEV2_SET.seed, docs: FILES_HTTP_DOCS, areas: ['credential-file', 'http-auth', 'logs-and-output', 'config-syntax', 'precision'] },
  { id: 'rw-dev3-prose-chat', title: 'rw-dev3 prose/chat', seed: DEV3_SET.seed, docs: PROSE_CHAT_DOCS, areas: ['prose', 'precision'] },
  { id: 'rw-dev5-prose', title: 'rw-dev5 prose', seed: DEV5_SET.seed, docs: DEV5_PROSE_DOCS, areas: ['prose', 'precision'] },
  { id: 'rw-dev3-code-infra', title: 'rw-dev3 code/infra', seed: DEV3_SET.seed, docs: CODE_INFRA_DOCS, areas: ['code', 'defaults-in-code', 'config-syntax', 'command-line', 'precision'] },
  {
    id: 'rw-held-out2-files',
    title: 'rw-held-out2 files',
    seed: HELD_OUT2_SET.seed,
    docs: HELD_OUT2_FILES_DOCS,
    areas: ['code', 'defaults-in-code', 'config-syntax', 'credential-file', 'logs-and-output', 'precision'],
  },
  { id: 'rw-dev3-logs-files', title: 'rw-dev3 logs/files', seed: DEV3_SET.seed, docs: LOGS_FILES_DOCS, areas: ['logs-and-output', 'credential-file', 'http-auth', 'config-syntax', 'precision'] },
  // rw-dev4 is a precision set: look-alikes first, so fewer positives and many more marked negatives.
  {
    id: 'rw-dev4',
    title: 'rw-dev4 precision',
    seed: DEV4_SET.seed,
    docs: PRECISION_DOCS,
    areas: ['precision', 'prose', 'code', 'config-syntax', 'logs-and-output', 'credential-file', 'command-line', 'http-auth'],
    minDocs: 90,
    minPositives: 150,
    minNegatives: 600,
  },
  { id: 'rw-dev5-cmd-code', title: 'rw-dev5 command/code', seed: DEV5_SET.seed, docs: CMD_CODE_DOCS, areas: ['command-line', 'code', 'logs-and-output', 'http-auth', 'precision'] },
  { id: 'rw-dev6-prose', title: 'rw-dev6 prose', seed: DEV6_SET.seed, docs: DEV6_PROSE_DOCS, areas: ['prose', 'precision'] },
  {
    id: 'rw-dev6-code',
    title: 'rw-dev6 code',
    seed: DEV6_SET.seed,
    docs: DEV6_CODE_DOCS,
    areas: ['code', 'config-syntax', 'logs-and-output', 'precision'],
    minDocs: 100,
    minPositives: 300,
  },
  // rw-dev7's look-alike part is a precision part like rw-dev4: many more marked negatives than positives.
  {
    id: 'rw-dev7-neg',
    title: 'rw-dev7 look-alikes',
    seed: DEV7_SET.seed,
    docs: DEV7_NEG_DOCS,
    areas: ['precision', 'code', 'config-syntax', 'prose', 'logs-and-output', 'command-line', 'credential-file', 'http-auth', 'defaults-in-code'],
    minDocs: 90,
    minPositives: 150,
    minNegatives: 700,
  },
  {
    id: 'rw-dev7-code',
    title: 'rw-dev7 code',
    seed: DEV7_SET.seed,
    docs: DEV7_CODE_DOCS,
    areas: ['code', 'defaults-in-code', 'config-syntax', 'credential-file', 'precision'],
    minDocs: 120,
    minPositives: 320,
  },
  {
    id: 'rw-dev7-cmd',
    title: 'rw-dev7 command line/logs',
    seed: DEV7_SET.seed,
    docs: DEV7_CMD_DOCS,
    areas: ['command-line', 'logs-and-output', 'config-syntax', 'http-auth', 'prose', 'precision'],
    minDocs: 110,
    minPositives: 350,
  },
  {
    id: 'rw-dev7-prose',
    title: 'rw-dev7 prose',
    seed: DEV7_SET.seed,
    docs: DEV7_PROSE_DOCS,
    areas: ['prose', 'precision', 'credential-file', 'http-auth'],
    minDocs: 120,
    minPositives: 300,
  },
  {
    id: 'rw-dev8-prose',
    title: 'rw-dev8 prose',
    seed: DEV8_SET.seed,
    docs: DEV8_PROSE_DOCS,
    areas: ['prose', 'precision', 'credential-file', 'config-syntax'],
    minDocs: 110,
    minPositives: 300,
  },
  {
    id: 'rw-dev8-tok',
    title: 'rw-dev8 tokens without a prefix',
    seed: DEV8_SET.seed,
    docs: DEV8_TOK_DOCS,
    areas: ['config-syntax', 'code', 'command-line', 'logs-and-output', 'http-auth', 'defaults-in-code', 'credential-file', 'prose', 'precision'],
    minDocs: 110,
    minPositives: 320,
  },
  // rw-dev8's provider part: prefixed and prefix-less provider keys in the files they live in.
  {
    id: 'rw-dev8-prov',
    title: 'rw-dev8 provider credentials',
    seed: DEV8_SET.seed,
    docs: DEV8_PROV_DOCS,
    areas: ['config-syntax', 'credential-file', 'code', 'defaults-in-code', 'command-line', 'prose', 'http-auth', 'precision'],
    minDocs: 100,
    minPositives: 280,
  },
  // rw-dev9: five parts written at once, one per weak area; each joins the checks once its writer fills it.
  { id: 'rw-dev9-prose', title: 'rw-dev9 prose', seed: DEV9_SET.seed, docs: DEV9_PROSE_DOCS, areas: ['prose', 'precision'] },
  { id: 'rw-dev9-cmd', title: 'rw-dev9 command lines', seed: DEV9_SET.seed, docs: DEV9_CMD_DOCS, areas: ['command-line', 'precision'] },
  { id: 'rw-dev9-code', title: 'rw-dev9 code', seed: DEV9_SET.seed, docs: DEV9_CODE_DOCS, areas: ['code', 'defaults-in-code', 'precision'] },
  { id: 'rw-dev9-logs', title: 'rw-dev9 logs and output', seed: DEV9_SET.seed, docs: DEV9_LOGS_DOCS, areas: ['logs-and-output', 'precision'] },
  { id: 'rw-dev9-cred', title: 'rw-dev9 credential files', seed: DEV9_SET.seed, docs: DEV9_CRED_DOCS, areas: ['credential-file', 'config-syntax', 'precision'] },
  // rw-dev10: three parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev10-chat', title: 'rw-dev10 chat and tickets', seed: DEV10_SET.seed, docs: DEV10_CHAT_DOCS, areas: ['prose', 'precision'] },
  { id: 'rw-dev10-ops', title: 'rw-dev10 operations', seed: DEV10_SET.seed, docs: DEV10_OPS_DOCS, areas: ['command-line', 'logs-and-output', 'precision'] },
  { id: 'rw-dev10-app', title: 'rw-dev10 applications', seed: DEV10_SET.seed, docs: DEV10_APP_DOCS, areas: ['code', 'config-syntax', 'defaults-in-code', 'http-auth', 'precision'] },
  // rw-dev11: three parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev11-data', title: 'rw-dev11 data work', seed: DEV11_SET.seed, docs: DEV11_DATA_DOCS, areas: ['code', 'config-syntax', 'command-line', 'precision'] },
  { id: 'rw-dev11-device', title: 'rw-dev11 devices and homes', seed: DEV11_SET.seed, docs: DEV11_DEVICE_DOCS, areas: ['code', 'config-syntax', 'prose', 'precision'] },
  { id: 'rw-dev11-incident', title: 'rw-dev11 incident artifacts', seed: DEV11_SET.seed, docs: DEV11_INCIDENT_DOCS, areas: ['logs-and-output', 'http-auth', 'prose', 'precision'] },
  // rw-dev12: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev12-web', title: 'rw-dev12 web back rooms', seed: DEV12_SET.seed, docs: DEV12_WEB_DOCS, areas: ['code', 'config-syntax', 'credential-file', 'precision'] },
  { id: 'rw-dev12-agent', title: 'rw-dev12 AI agents', seed: DEV12_SET.seed, docs: DEV12_AGENT_DOCS, areas: ['config-syntax', 'prose', 'logs-and-output', 'precision'] },
  // rw-dev13: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev13-win', title: 'rw-dev13 Windows and enterprise admin', seed: DEV13_SET.seed, docs: DEV13_WIN_DOCS, areas: ['command-line', 'config-syntax', 'credential-file', 'precision'] },
  { id: 'rw-dev13-app', title: 'rw-dev13 mobile and desktop apps', seed: DEV13_SET.seed, docs: DEV13_APP_DOCS, areas: ['code', 'config-syntax', 'logs-and-output', 'precision'] },
  // rw-dev14: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev14-edu', title: 'rw-dev14 students and teaching', seed: DEV14_SET.seed, docs: DEV14_EDU_DOCS, areas: ['code', 'config-syntax', 'prose', 'precision'] },
  { id: 'rw-dev14-biz', title: 'rw-dev14 business integrations', seed: DEV14_SET.seed, docs: DEV14_BIZ_DOCS, areas: ['config-syntax', 'code', 'credential-file', 'precision'] },
  // rw-dev15: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev15-ci', title: 'rw-dev15 CI/CD and build output', seed: DEV15_SET.seed, docs: DEV15_CI_DOCS, areas: ['logs-and-output', 'config-syntax', 'command-line', 'precision'] },
  { id: 'rw-dev15-net', title: 'rw-dev15 network and telecom', seed: DEV15_SET.seed, docs: DEV15_NET_DOCS, areas: ['config-syntax', 'command-line', 'prose', 'precision'] },
  // rw-dev16: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev16-shop', title: 'rw-dev16 e-commerce operations', seed: DEV16_SET.seed, docs: DEV16_SHOP_DOCS, areas: ['config-syntax', 'code', 'logs-and-output', 'precision'] },
  { id: 'rw-dev16-lab', title: 'rw-dev16 research computing', seed: DEV16_SET.seed, docs: DEV16_LAB_DOCS, areas: ['code', 'command-line', 'prose', 'precision'] },
  // rw-dev17: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev17-health', title: 'rw-dev17 healthcare IT', seed: DEV17_SET.seed, docs: DEV17_HEALTH_DOCS, areas: ['config-syntax', 'logs-and-output', 'prose', 'precision'] },
  { id: 'rw-dev17-embed', title: 'rw-dev17 embedded and automotive', seed: DEV17_SET.seed, docs: DEV17_EMBED_DOCS, areas: ['code', 'command-line', 'config-syntax', 'precision'] },
  // rw-dev18: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev18-game', title: 'rw-dev18 game development', seed: DEV18_SET.seed, docs: DEV18_GAME_DOCS, areas: ['code', 'config-syntax', 'logs-and-output', 'prose', 'precision'] },
  { id: 'rw-dev18-gov', title: 'rw-dev18 public sector IT', seed: DEV18_SET.seed, docs: DEV18_GOV_DOCS, areas: ['config-syntax', 'command-line', 'prose', 'precision'] },
  // rw-dev19: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev19-media', title: 'rw-dev19 media and broadcast', seed: DEV19_SET.seed, docs: DEV19_MEDIA_DOCS, areas: ['config-syntax', 'code', 'logs-and-output', 'prose', 'precision'] },
  { id: 'rw-dev19-travel', title: 'rw-dev19 travel and hospitality', seed: DEV19_SET.seed, docs: DEV19_TRAVEL_DOCS, areas: ['config-syntax', 'command-line', 'http-auth', 'prose', 'precision'] },
  // rw-dev20: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev20-energy', title: 'rw-dev20 energy and industrial OT', seed: DEV20_SET.seed, docs: DEV20_ENERGY_DOCS, areas: ['config-syntax', 'command-line', 'logs-and-output', 'prose', 'precision'] },
  { id: 'rw-dev20-logistics', title: 'rw-dev20 logistics and supply chain', seed: DEV20_SET.seed, docs: DEV20_LOGISTICS_DOCS, areas: ['config-syntax', 'code', 'http-auth', 'prose', 'precision'] },
  // rw-dev21: two parts written at once; each joins the checks once its writer fills it.
  { id: 'rw-dev21-finance', title: 'rw-dev21 finance, banking and insurance', seed: DEV21_SET.seed, docs: DEV21_FINANCE_DOCS, areas: ['config-syntax', 'code', 'command-line', 'prose', 'precision'] },
  {
    id: 'rw-dev21-civic',
    title: 'rw-dev21 legal, non-profit, real estate and construction',
    seed: DEV21_SET.seed,
    docs: DEV21_CIVIC_DOCS,
    areas: ['config-syntax', 'http-auth', 'logs-and-output', 'prose', 'precision'],
  },
  // rw-dev22: two parts written at once; each joins the checks once its writer fills it.
  {
    id: 'rw-dev22-telecom',
    title: 'rw-dev22 telecom, ISPs and contact centres',
    seed: DEV22_SET.seed,
    docs: DEV22_TELECOM_DOCS,
    areas: ['config-syntax', 'command-line', 'logs-and-output', 'http-auth', 'prose', 'precision'],
  },
  { id: 'rw-dev22-agrifood', title: 'rw-dev22 agriculture, food and restaurants', seed: DEV22_SET.seed, docs: DEV22_AGRIFOOD_DOCS, areas: ['config-syntax', 'code', 'defaults-in-code', 'prose', 'precision'] },
  // rw-dev23: two parts written at once; each joins the checks once its writer fills it.
  {
    id: 'rw-dev23-selfhost',
    title: 'rw-dev23 home labs and self-hosting',
    seed: DEV23_SET.seed,
    docs: DEV23_SELFHOST_DOCS,
    areas: ['config-syntax', 'command-line', 'logs-and-output', 'credential-file', 'prose', 'precision'],
  },
  {
    id: 'rw-dev23-martech',
    title: 'rw-dev23 marketing, CRM, ad tech, HR and payroll',
    seed: DEV23_SET.seed,
    docs: DEV23_MARTECH_DOCS,
    areas: ['code', 'defaults-in-code', 'http-auth', 'config-syntax', 'prose', 'precision'],
  },
  // rw-dev24: two parts written at once; each joins the checks once its writer fills it.
  {
    id: 'rw-dev24-web3',
    title: 'rw-dev24 crypto, web3 and trading bots',
    seed: DEV24_SET.seed,
    docs: DEV24_WEB3_DOCS,
    areas: ['code', 'defaults-in-code', 'config-syntax', 'command-line', 'credential-file', 'prose', 'precision'],
  },
  {
    id: 'rw-dev24-erp',
    title: 'rw-dev24 manufacturing, ERP and supply chain',
    seed: DEV24_SET.seed,
    docs: DEV24_ERP_DOCS,
    areas: ['config-syntax', 'code', 'http-auth', 'logs-and-output', 'prose', 'precision'],
  },
  // rw-dev25: two parts written at once; each joins the checks once its writer fills it.
  {
    id: 'rw-dev25-secops',
    title: 'rw-dev25 security operations, pentest reports and incident response',
    seed: DEV25_SET.seed,
    docs: DEV25_SECOPS_DOCS,
    areas: ['logs-and-output', 'command-line', 'http-auth', 'credential-file', 'prose', 'precision'],
  },
  {
    id: 'rw-dev25-datasci',
    title: 'rw-dev25 data-science notebooks, ML platforms and warehouses',
    seed: DEV25_SET.seed,
    docs: DEV25_DATASCI_DOCS,
    areas: ['code', 'defaults-in-code', 'config-syntax', 'http-auth', 'prose', 'precision'],
  },
  // rw-dev26: two parts written at once; each joins the checks once its writer fills it.
  {
    id: 'rw-dev26-hospitality',
    title: 'rw-dev26 hospitality, events and ticketing',
    seed: DEV26_SET.seed,
    docs: DEV26_HOSPITALITY_DOCS,
    areas: ['config-syntax', 'http-auth', 'logs-and-output', 'defaults-in-code', 'prose', 'precision'],
  },
  {
    id: 'rw-dev26-education',
    title: 'rw-dev26 education administration, campus IT and libraries',
    seed: DEV26_SET.seed,
    docs: DEV26_EDUCATION_DOCS,
    areas: ['code', 'command-line', 'credential-file', 'config-syntax', 'prose', 'precision'],
  },
  { id: 'rw-held-out2-prose', title: 'rw-held-out2 prose/command-line/HTTP', seed: HELD_OUT2_SET.seed, docs: HELD_OUT2_PROSE_DOCS, areas: ['prose', 'command-line', 'http-auth', 'precision'] },
];

// A part joins once its writer has filled it (an empty part has nothing to check yet).
for (const part of PARTS.filter((p) => p.docs.length > 0)) {
  describe(`${part.title} documents`, () => {
    const files = buildRealWorldCorpus({ id: part.id, seed: part.seed, docs: part.docs });

    const minDocs = part.minDocs ?? 80;
    const minPositives = part.minPositives ?? 250;
    it(`hold >= ${minDocs} documents, >= ${minPositives} positives and at least as many marked negatives, in ${part.areas.join(', ')}`, () => {
      assert.ok(files.length >= minDocs, `${files.length} documents`);
      const positives = files.reduce((n, f) => n + f.labels.length, 0);
      const negatives = files.reduce((n, f) => n + f.negatives!.length, 0);
      assert.ok(positives >= minPositives, `${positives} positives`);
      assert.ok(negatives >= Math.max(positives, part.minNegatives ?? 0), `${negatives} marked negatives`);
      const areas = new Set(files.flatMap((f) => f.areas ?? []));
      for (const area of part.areas) assert.ok(areas.has(area as never), area);
    });

    it('never overlap a label with a negative, an unscored span or another label, and no label is empty', () => {
      for (const f of files) {
        const spans = [...f.labels.map((l) => [l.start, l.end] as const), ...f.negatives!, ...f.unscored!].sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < spans.length; i++) assert.ok(spans[i]![0] >= spans[i - 1]![1], `${f.template}: overlapping spans`);
        for (const l of f.labels) assert.ok(l.end > l.start, `${f.template}: empty label`);
      }
    });
  });
}

describe('real-world sets as bench:quality scores them', () => {
  // Parts are written apart; a document id used by two parts only shows when the whole set is built.
  for (const set of REAL_WORLD_SETS) it(`${set.id} builds, with one id per document`, () => assert.ok(buildRealWorldCorpus(set).length === set.docs.length));
});
