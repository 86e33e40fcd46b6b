// rw-dev13 win part: Windows and enterprise administration (batch, VBScript, PowerShell, unattend and group-policy files, RDP/FTP clients, ERP and legacy databases). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { WIN_AGENTS } from './winAgents';
import { WIN_BATCH } from './winBatch';
import { WIN_CLIENTS } from './winClients';
import { WIN_DEPLOY } from './winDeploy';
import { WIN_IIS } from './winIis';
import { WIN_INVENTORY } from './winInventory';
import { WIN_KEYS } from './winKeys';
import { WIN_LEGACY } from './winLegacy';
import { WIN_LOGS } from './winLogs';
import { WIN_LOOKALIKES } from './winLookalikes';
import { WIN_LOOKALIKES2 } from './winLookalikes2';
import { WIN_NOTES } from './winNotes';
import { WIN_POWERSHELL } from './winPowershell';
import { WIN_TOKENS } from './winTokens';
import { WIN_VBS } from './winVbs';

export const WIN_DOCS: RealWorldDoc[] = [
  ...WIN_BATCH,
  ...WIN_VBS,
  ...WIN_POWERSHELL,
  ...WIN_DEPLOY,
  ...WIN_CLIENTS,
  ...WIN_IIS,
  ...WIN_LEGACY,
  ...WIN_NOTES,
  ...WIN_LOGS,
  ...WIN_AGENTS,
  ...WIN_KEYS,
  ...WIN_TOKENS,
  ...WIN_INVENTORY,
  ...WIN_LOOKALIKES,
  ...WIN_LOOKALIKES2,
];
