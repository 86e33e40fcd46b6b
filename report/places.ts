// `hush where` output: the places a value is used, grouped by kind in rotation order (text or JSON).
import { PLACE_KINDS, placeLine } from '../engine/places';
import type { PlaceSearchResult } from '../workspace/findPlaces';

export interface PlacesReport extends PlaceSearchResult {
  /** What was searched for: the fingerprint (or value hash) and the masked value. */
  target: { fingerprint?: string; valueHash: string; masked: string; provider?: string };
}

export function formatPlacesJson(r: PlacesReport): string {
  return JSON.stringify(r, null, 2) + '\n';
}

export function formatPlacesText(r: PlacesReport): string {
  const t = r.target;
  const lines: string[] = [];
  const n = r.places.length;
  lines.push(`${t.provider ? `${t.provider} ` : ''}${t.masked} (${t.fingerprint ?? t.valueHash}): ${n === 0 ? 'found nowhere' : `${n} place${n === 1 ? '' : 's'}, in the order to rotate`}`);
  for (const k of PLACE_KINDS) {
    const group = r.places.filter((p) => p.kind === k.kind);
    if (group.length === 0) continue;
    lines.push('', `${k.heading} (${k.why})`);
    for (const p of group) lines.push(`  ${placeLine(p)}`);
  }
  const s = r.searched;
  lines.push('', `Searched ${s.roots.join(', ')}: ${s.files} files${s.repositories.length > 0 ? `; history of ${s.repositories.join(', ')}: ${s.commits} commits` : ''}.`);
  for (const p of r.problems) lines.push(`Note: ${p}`);
  return lines.join('\n') + '\n';
}
