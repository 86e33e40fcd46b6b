// rw-dev11 device part: devices and homes: mobile apps, firmware and IoT sketches, routers, home automation, desktop app settings. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { DEVICE_ANDROID_DOCS } from './deviceAndroid';
import { DEVICE_IOS_DOCS } from './deviceIos';
import { DEVICE_FIRMWARE_DOCS } from './deviceFirmware';
import { DEVICE_NET_DOCS } from './deviceNet';
import { DEVICE_HOME_DOCS } from './deviceHome';
import { DEVICE_NAS_DOCS } from './deviceNas';
import { DEVICE_DESKTOP_DOCS } from './deviceDesktop';
import { DEVICE_CHAT_DOCS } from './deviceChat';
import { DEVICE_NEG_DOCS } from './deviceNeg';
import { DEVICE_TOKEN_DOCS } from './deviceTokens';
import { DEVICE_MORE_DOCS } from './deviceMore';
import { DEVICE_MORE2_DOCS } from './deviceMore2';

export const DEVICE_DOCS: RealWorldDoc[] = [
  ...DEVICE_ANDROID_DOCS,
  ...DEVICE_IOS_DOCS,
  ...DEVICE_FIRMWARE_DOCS,
  ...DEVICE_NET_DOCS,
  ...DEVICE_HOME_DOCS,
  ...DEVICE_NAS_DOCS,
  ...DEVICE_DESKTOP_DOCS,
  ...DEVICE_CHAT_DOCS,
  ...DEVICE_TOKEN_DOCS,
  ...DEVICE_MORE_DOCS,
  ...DEVICE_MORE2_DOCS,
  ...DEVICE_NEG_DOCS,
];
