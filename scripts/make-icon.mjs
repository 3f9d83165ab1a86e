// Draws images/icon.png (128x128): a strip of punched telegraph tape with "CBL" in teletype
// letters on a navy tile. Pure Node (zlib for the PNG's deflate stream); 4x supersampling for
// smooth edges. Run: node scripts/make-icon.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const SIZE = 128;
const SS = 4; // samples per pixel per axis

const NAVY_TOP = [0x2b, 0x3a, 0x5e];
const NAVY_BOTTOM = [0x16, 0x1f, 0x36];
const TAPE = [0xf4, 0xec, 0xd6];
const TAPE_SHADE = [0xd9, 0xcf, 0xb4];
const INK = [0x1f, 0x2a, 0x44];
const RED = [0xc0, 0x26, 0x2d];

// 5x7 teletype glyphs.
const GLYPHS = {
  C: ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.'],
  B: ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.'],
  L: ['#....', '#....', '#....', '#....', '#....', '#....', '#####'],
};

const inRoundedRect = (x, y, x0, y0, x1, y1, r) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

// Tape: a band with torn (zig-zag) ends.
const TAPE_TOP = 30;
const TAPE_BOTTOM = 98;
const tear = (y, base, dir) => base + dir * (Math.abs(((y / 6) % 2) - 1) * 5);
const inTape = (x, y) => y >= TAPE_TOP && y <= TAPE_BOTTOM && x >= tear(y, 8, 1) && x <= tear(y, 120, -1);

// Punched code holes above the text: two code channels with the small feed (sprocket) holes
// between them, as on teleprinter tape.
const HOLE_COLUMNS = [20, 30, 40, 50, 60, 70, 80, 90, 100, 110];
const HOLE_PATTERN = ['11', '1.', '.1', '11', '1.', '11', '.1', '1.', '11', '.1'];
const CODE_ROWS = [37, 49];
const FEED_ROW = 43;
const inHole = (x, y) =>
  HOLE_COLUMNS.some(
    (cx, i) =>
      (x - cx) ** 2 + (y - FEED_ROW) ** 2 <= 1.5 ** 2 ||
      CODE_ROWS.some((cy, row) => HOLE_PATTERN[i][row] === '1' && (x - cx) ** 2 + (y - cy) ** 2 <= 3 ** 2),
  );

// Letters: 5x7 cells of 4.4 px, three letters centred in the lower part of the tape.
const CELL = 4.4;
const LETTER_GAP = CELL * 1.6;
const TEXT = 'CBL';
const textWidth = TEXT.length * 5 * CELL + (TEXT.length - 1) * LETTER_GAP;
const TEXT_LEFT = (SIZE - textWidth) / 2;
const TEXT_TOP = 57;
const inText = (x, y) => {
  const row = Math.floor((y - TEXT_TOP) / CELL);
  if (row < 0 || row > 6) return false;
  for (let i = 0; i < TEXT.length; i++) {
    const left = TEXT_LEFT + i * (5 * CELL + LETTER_GAP);
    const col = Math.floor((x - left) / CELL);
    if (col < 0 || col > 4) continue;
    return GLYPHS[TEXT[i]][row][col] === '#';
  }
  return false;
};

function sample(x, y) {
  if (!inRoundedRect(x, y, 0, 0, SIZE, SIZE, 22)) return null; // transparent corner
  if (inTape(x, y) && !inHole(x, y)) {
    if (inText(x, y)) return INK;
    if (y >= 90 && y <= 92.5 && x >= TEXT_LEFT && x <= TEXT_LEFT + textWidth) return RED; // classification rule
    return y > TAPE_BOTTOM - 3 ? TAPE_SHADE : TAPE;
  }
  const t = y / SIZE;
  return NAVY_TOP.map((c, i) => Math.round(c + (NAVY_BOTTOM[i] - c) * t));
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const rowStart = py * (SIZE * 4 + 1);
  pixels[rowStart] = 0; // filter: none
  for (let px = 0; px < SIZE; px++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const color = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        if (!color) continue;
        r += color[0]; g += color[1]; b += color[2]; a += 1;
      }
    }
    const o = rowStart + 1 + px * 4;
    if (a > 0) {
      pixels[o] = Math.round(r / a);
      pixels[o + 1] = Math.round(g / a);
      pixels[o + 2] = Math.round(b / a);
    }
    pixels[o + 3] = Math.round((a / (SS * SS)) * 255);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(pixels, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
mkdirSync(new URL('../images/', import.meta.url), { recursive: true });
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
