// rw-dev13 app part: mobile and desktop apps (Android, iOS, Flutter, React Native, Electron, game engines, app-store tooling, build files and logs). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const APP_DOCS: RealWorldDoc[] = [];
