// rw-dev11 device part: devices and homes: mobile apps, firmware and IoT sketches, routers, home automation, desktop app settings. Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const DEVICE_DOCS: RealWorldDoc[] = [];
