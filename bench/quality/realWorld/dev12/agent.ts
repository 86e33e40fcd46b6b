// rw-dev12 agent part: AI agent and MCP server configs, prompts, LLM notebooks, chat bots and their logs. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { AGENT_API_DOCS } from './agentApis';
import { AGENT_BOT_DOCS } from './agentBots';
import { AGENT_CHAT_DOCS } from './agentChats';
import { AGENT_DEPLOY_DOCS } from './agentDeploy';
import { AGENT_FRAMEWORK_DOCS } from './agentFrameworks';
import { AGENT_HOMELAB_DOCS } from './agentHomelab';
import { AGENT_HOSTING_DOCS } from './agentHosting';
import { AGENT_LOG_DOCS } from './agentLogs';
import { AGENT_LOOKALIKE_DOCS } from './agentLookalikes';
import { AGENT_MCP_DOCS } from './agentMcp';
import { AGENT_PROMPT_DOCS } from './agentPrompts';
import { AGENT_VECTOR_DOCS } from './agentVector';
import { AGENT_WORKFLOW_DOCS } from './agentWorkflows';

export const AGENT_DOCS: RealWorldDoc[] = [
  ...AGENT_MCP_DOCS,
  ...AGENT_FRAMEWORK_DOCS,
  ...AGENT_VECTOR_DOCS,
  ...AGENT_PROMPT_DOCS,
  ...AGENT_LOG_DOCS,
  ...AGENT_BOT_DOCS,
  ...AGENT_HOSTING_DOCS,
  ...AGENT_WORKFLOW_DOCS,
  ...AGENT_HOMELAB_DOCS,
  ...AGENT_LOOKALIKE_DOCS,
  ...AGENT_CHAT_DOCS,
  ...AGENT_DEPLOY_DOCS,
  ...AGENT_API_DOCS,
];
