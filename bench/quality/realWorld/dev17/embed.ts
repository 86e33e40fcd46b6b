// rw-dev17 embed part: embedded and automotive engineering (firmware, IoT devices, vehicle diagnostics, build and flashing tools). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { EMBED_SKETCH_DOCS } from './embedSketches';
import { EMBED_HOME_AUTO_DOCS } from './embedHomeAuto';
import { EMBED_LINUX_DOCS } from './embedLinux';
import { EMBED_CLOUD_DOCS } from './embedCloud';
import { EMBED_RADIO_DOCS } from './embedRadio';
import { EMBED_INDUSTRIAL_DOCS } from './embedIndustrial';
import { EMBED_VEHICLE_DOCS } from './embedVehicle';
import { EMBED_DEBUG_DOCS } from './embedDebug';
import { EMBED_SIGNING_DOCS } from './embedSigning';
import { EMBED_PROSE_DOCS } from './embedProse';
import { EMBED_DEVICE_API_DOCS } from './embedDevicesApi';
import { EMBED_LOOKALIKE_DOCS } from './embedLookalikes';
import { EMBED_TARGET_FILE_DOCS } from './embedTargetFiles';
import { EMBED_WIRE_DOCS } from './embedWire';

export const EMBED_DOCS: RealWorldDoc[] = [
  ...EMBED_SKETCH_DOCS,
  ...EMBED_HOME_AUTO_DOCS,
  ...EMBED_LINUX_DOCS,
  ...EMBED_CLOUD_DOCS,
  ...EMBED_RADIO_DOCS,
  ...EMBED_INDUSTRIAL_DOCS,
  ...EMBED_VEHICLE_DOCS,
  ...EMBED_DEBUG_DOCS,
  ...EMBED_SIGNING_DOCS,
  ...EMBED_PROSE_DOCS,
  ...EMBED_DEVICE_API_DOCS,
  ...EMBED_TARGET_FILE_DOCS,
  ...EMBED_WIRE_DOCS,
  ...EMBED_LOOKALIKE_DOCS,
];
