/**
 * Draws the add-in's icons into assets/: a dark teal rounded square with a white magnifying glass
 * (scrutiny), at the sizes the manifest names (16, 32, 64, 80 px).
 *
 *   node scripts/makeIcons.js
 *
 * No image library: shapes are signed distances sampled 4×4 per pixel for smooth edges, and the PNG is
 * written with Node's zlib. Run it again after changing a colour or a shape, and commit the PNGs.
 */

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const TEAL = [0, 92, 99]; // #005C63: white on it has a contrast ratio of about 7.5:1
const WHITE = [255, 255, 255];
const SUPERSAMPLE = 4;

/** Distance from (x, y) to a rounded square filling [m, 1 - m]², corner radius r (negative inside). */
function roundedSquare(x, y, m, r) {
  const half = 0.5 - m;
  const dx = Math.abs(x - 0.5) - (half - r);
  const dy = Math.abs(y - 0.5) - (half - r);
  const outside = Math.hypot(Math.max(dx, 0), Math.max(dy, 0));
  return outside + Math.min(Math.max(dx, dy), 0) - r;
}

/** Distance from (x, y) to the segment a–b. */
function segment(x, y, ax, ay, bx, by) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

/** The magnifier: a ring (the lens) and a thicker handle towards the lower right, in unit coordinates. */
function isMagnifier(x, y) {
  const cx = 0.44;
  const cy = 0.44;
  const radius = 0.2;
  const ring = Math.abs(Math.hypot(x - cx, y - cy) - radius) <= 0.055;
  const start = radius / Math.SQRT2 + 0.03;
  const handle = segment(x, y, cx + start, cy + start, 0.76, 0.76) <= 0.075;
  return ring || handle;
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const margin = 0.5 / size; // half a pixel, so the edge is not clipped
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inSquare = 0;
      let onMark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (roundedSquare(x, y, margin, 0.2) <= 0) {
            inSquare++;
            if (isMagnifier(x, y)) onMark++;
          }
        }
      }
      const alpha = inSquare / samples;
      const white = inSquare === 0 ? 0 : onMark / inSquare;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        rgba[offset + c] = Math.round(TEAL[c] * (1 - white) + WHITE[c] * white);
      }
      rgba[offset + 3] = Math.round(alpha * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG: signature, IHDR, one IDAT (each row with filter byte 0), IEND. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const folder = path.join(__dirname, "..", "assets");
  fs.mkdirSync(folder, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(folder, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

module.exports = { SIZES, drawIcon, encodePng };
