// Writes images/icon.png (128×128, the Marketplace size): a shield with a keyhole on a dark rounded square,
// drawn here with 4×4 supersampling and encoded with zlib, so no image tool or download is needed.
// Run: node scripts/makeIcon.mjs (the PNG is committed; re-run only to change the design).
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 128;
const SS = 4;
const BG = [30, 41, 59];
const SHIELD = [45, 212, 191];
const HOLE = [15, 23, 42];

function roundedSquare(x, y) {
  const r = 24;
  const cx = Math.min(Math.max(x, r), SIZE - r);
  const cy = Math.min(Math.max(y, r), SIZE - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Straight sides down to y=66, then two arcs meeting in the point at the bottom. */
function shield(x, y) {
  if (y < 22 || y > 110) return false;
  const half = y <= 66 ? 38 : 38 * Math.sqrt(Math.max(0, 1 - ((y - 66) / 44) ** 2));
  const top = y < 30 ? Math.abs(x - 64) <= 38 - (30 - y) * 0.6 : true;
  return Math.abs(x - 64) <= half && top;
}

function keyhole(x, y) {
  if ((x - 64) ** 2 + (y - 56) ** 2 <= 11 ** 2) return true;
  return y >= 56 && y <= 86 && Math.abs(x - 64) <= 4 + (y - 56) * 0.12;
}

function colour(x, y) {
  if (!roundedSquare(x, y)) return undefined;
  if (shield(x, y)) return keyhole(x, y) ? HOLE : SHIELD;
  return BG;
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const acc = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++)
      for (let sx = 0; sx < SS; sx++) {
        const c = colour(x + (sx + 0.5) / SS, y + (sy + 0.5) / SS);
        if (!c) continue;
        acc[0] += c[0];
        acc[1] += c[1];
        acc[2] += c[2];
        acc[3] += 255;
      }
    const n = acc[3] / 255;
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = n ? Math.round(acc[0] / n) : 0;
    raw[o + 1] = n ? Math.round(acc[1] / n) : 0;
    raw[o + 2] = n ? Math.round(acc[2] / n) : 0;
    raw[o + 3] = Math.round(acc[3] / (SS * SS));
  }
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
