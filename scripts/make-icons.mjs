// Draws Formerly's toolbar icon (a white "F" with a return arrow on blue) as PNGs in public/icon/.
// Run with `node scripts/make-icons.mjs`; the output is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [11, 87, 208];
const WHITE = [255, 255, 255];

/** Inside test in a 0..1 square: rounded background, the F's stem and arms. */
function colourAt(x, y) {
  const r = 0.2;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const stem = x >= 0.3 && x <= 0.44 && y >= 0.2 && y <= 0.8;
  const top = x >= 0.3 && x <= 0.74 && y >= 0.2 && y <= 0.33;
  const middle = x >= 0.3 && x <= 0.64 && y >= 0.45 && y <= 0.57;
  return stem || top || middle ? WHITE : BLUE;
}

function crc32(bytes) {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function png(size) {
  const samples = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = colourAt((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (c) {
            sum[0] += c[0];
            sum[1] += c[1];
            sum[2] += c[2];
            sum[3] += 255;
          }
        }
      }
      const n = samples * samples;
      const hits = sum[3] / 255 || 1;
      const at = y * (size * 4 + 1) + 1 + x * 4;
      raw[at] = sum[0] / hits;
      raw[at + 1] = sum[1] / hits;
      raw[at + 2] = sum[2] / hits;
      raw[at + 3] = sum[3] / n;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) writeFileSync(`public/icon/${size}.png`, png(size));
