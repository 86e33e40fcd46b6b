// rw-dev12 agent part: AI agent and MCP server configs, prompts, LLM notebooks, chat bots and their logs. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const AGENT_DOCS: RealWorldDoc[] = [];
