// rw-dev13 win part: Windows and enterprise administration (batch, VBScript, PowerShell, unattend and group-policy files, RDP/FTP clients, ERP and legacy databases). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const WIN_DOCS: RealWorldDoc[] = [];
