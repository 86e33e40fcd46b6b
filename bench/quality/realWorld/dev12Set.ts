// rw-dev12: a twelfth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: the web's back rooms (shared hosting, CMS and PHP sites, FTP and control panels, frontend builds and
// browser exports) and AI agents (agent and MCP server configs, prompts, LLM notebooks, bots and their logs). Its
// first measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { WEB_DOCS } from './dev12/web';
import { AGENT_DOCS } from './dev12/agent';

export const DEV12_SET: RealWorldSet = {
  id: 'rw-dev12',
  seed: 0xd15c_0d12,
  docs: [...WEB_DOCS, ...AGENT_DOCS],
};
