// rw-dev19 media part: media, broadcast and publishing (newsrooms, CMS, video pipelines, streaming, podcasts, ad tech). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';
import { MEDIA_CMS_DOCS } from './mediaCms';
import { MEDIA_WIRE_DOCS } from './mediaWire';
import { MEDIA_VIDEO_DOCS } from './mediaVideo';
import { MEDIA_BROADCAST_DOCS } from './mediaBroadcast';
import { MEDIA_AUDIO_DOCS } from './mediaAudio';
import { MEDIA_TRANSFER_DOCS } from './mediaTransfer';
import { MEDIA_AD_DOCS } from './mediaAds';
import { MEDIA_SOCIAL_DOCS } from './mediaSocial';
import { MEDIA_PROSE_DOCS } from './mediaProse';
import { MEDIA_LOG_DOCS } from './mediaLogs';
import { MEDIA_LOOKALIKE_DOCS } from './mediaLookalikes';
import { MEDIA_OPS_DOCS } from './mediaOps';
import { MEDIA_PROSE2_DOCS } from './mediaProse2';

export const MEDIA_DOCS: RealWorldDoc[] = [
  ...MEDIA_CMS_DOCS,
  ...MEDIA_WIRE_DOCS,
  ...MEDIA_VIDEO_DOCS,
  ...MEDIA_BROADCAST_DOCS,
  ...MEDIA_AUDIO_DOCS,
  ...MEDIA_TRANSFER_DOCS,
  ...MEDIA_AD_DOCS,
  ...MEDIA_SOCIAL_DOCS,
  ...MEDIA_PROSE_DOCS,
  ...MEDIA_LOG_DOCS,
  ...MEDIA_LOOKALIKE_DOCS,
  ...MEDIA_OPS_DOCS,
  ...MEDIA_PROSE2_DOCS,
];
