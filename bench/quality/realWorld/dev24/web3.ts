// rw-dev24 web3 part: crypto, web3 development, node operators, exchanges and trading bots. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { WEB3_CONTRACT_DOCS } from './web3Contracts';
import { WEB3_SHELL_DOCS } from './web3Shell';
import { WEB3_NODE_DOCS } from './web3Nodes';
import { WEB3_BOT_DOCS } from './web3Bots';
import { WEB3_EXCHANGE_DOCS } from './web3Exchanges';
import { WEB3_CHAT_DOCS } from './web3Chat';
import { WEB3_TICKET_DOCS } from './web3Tickets';
import { WEB3_DAPP_DOCS } from './web3Dapp';
import { WEB3_LOG_DOCS } from './web3Logs';
import { WEB3_CI_DOCS } from './web3Ci';
import { WEB3_RUNBOOK_DOCS } from './web3Runbooks';
import { WEB3_DATA_DOCS } from './web3Data';
import { WEB3_HTTP_DOCS } from './web3Http';

export const WEB3_DOCS: RealWorldDoc[] = [
  ...WEB3_CONTRACT_DOCS,
  ...WEB3_SHELL_DOCS,
  ...WEB3_NODE_DOCS,
  ...WEB3_BOT_DOCS,
  ...WEB3_EXCHANGE_DOCS,
  ...WEB3_CHAT_DOCS,
  ...WEB3_TICKET_DOCS,
  ...WEB3_DAPP_DOCS,
  ...WEB3_LOG_DOCS,
  ...WEB3_CI_DOCS,
  ...WEB3_RUNBOOK_DOCS,
  ...WEB3_DATA_DOCS,
  ...WEB3_HTTP_DOCS,
];
