// rw-dev19: a nineteenth real-world-shaped DEV set (issue 15), written by two writers at once without reading the
// engine: media, broadcast and publishing (newsrooms, CMS, video pipelines, streaming, podcasts, ad tech) and travel
// and hospitality IT (hotels, airlines, restaurants, ticketing, booking channels, kiosks). Its first measurement is
// reported as first-look before any tuning on it.
import type { RealWorldSet } from './types';
import { MEDIA_DOCS } from './dev19/media';
import { TRAVEL_DOCS } from './dev19/travel';

export const DEV19_SET: RealWorldSet = {
  id: 'rw-dev19',
  seed: 0xd19c_0d19,
  docs: [...MEDIA_DOCS, ...TRAVEL_DOCS],
};
