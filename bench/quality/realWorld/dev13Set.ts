// rw-dev13: a thirteenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: Windows and enterprise administration (batch, VBScript, PowerShell, unattend and group-policy files,
// remote-desktop and file-transfer clients, ERP and legacy databases) and mobile and desktop apps (Android, iOS,
// Flutter, React Native, Electron, game engines, app-store tooling, their build files and logs). Its first
// measurement is reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { WIN_DOCS } from './dev13/win';
import { APP_DOCS } from './dev13/app';

export const DEV13_SET: RealWorldSet = {
  id: 'rw-dev13',
  seed: 0xd15c_0d13,
  docs: [...WIN_DOCS, ...APP_DOCS],
};
