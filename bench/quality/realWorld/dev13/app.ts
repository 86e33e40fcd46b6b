// rw-dev13 app part: mobile and desktop apps (Android, iOS, Flutter, React Native, Electron, game engines, app-store tooling, build files and logs). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { APP_ANDROID_DOCS } from './appAndroid';
import { APP_ANDROID_LOG_DOCS } from './appAndroidLogs';
import { APP_IOS_DOCS } from './appIos';
import { APP_FASTLANE_DOCS } from './appFastlane';
import { APP_CROSS_DOCS } from './appCross';
import { APP_DESKTOP_DOCS } from './appDesktop';
import { APP_GAME_DOCS } from './appGames';
import { APP_CI_DOCS } from './appCi';
import { APP_MISC_DOCS } from './appMisc';
import { APP_MORE_DOCS } from './appMore';

export const APP_DOCS: RealWorldDoc[] = [
  ...APP_ANDROID_DOCS,
  ...APP_ANDROID_LOG_DOCS,
  ...APP_IOS_DOCS,
  ...APP_FASTLANE_DOCS,
  ...APP_CROSS_DOCS,
  ...APP_DESKTOP_DOCS,
  ...APP_GAME_DOCS,
  ...APP_CI_DOCS,
  ...APP_MISC_DOCS,
  ...APP_MORE_DOCS,
];
