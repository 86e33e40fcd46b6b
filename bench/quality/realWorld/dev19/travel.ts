// rw-dev19 travel part: travel and hospitality IT (hotels, airlines, restaurants, ticketing, booking channels, kiosks). Written without reading the engine (see ../../LABELLING.md).
import type { RealWorldDoc } from '../types';

export const TRAVEL_DOCS: RealWorldDoc[] = [];
