// Draws the app icons (a white shield with a check mark): color.png 192×192 and outline.png 32×32,
// transparent with white only. Run once with `npx tsx src/package/icons.ts`; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Paint = (x: number, y: number) => [number, number, number, number] | null;

function render(size: number, paint: Paint, samples = 4): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((x + (sx + 0.5) / samples) / size, (y + (sy + 0.5) / samples) / size);
          if (!c) continue;
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const i = (y * size + x) * 4;
      const n = samples * samples;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round(a / n);
    }
  }
  return PNG.sync.write(png);
}

/** Shield: straight top, sides that curve into a point at the bottom (unit square coordinates). */
function inShield(x: number, y: number, inset = 0): boolean {
  const top = 0.2 + inset;
  const bottom = 0.85 - inset;
  if (y < top || y > bottom) return false;
  const t = (y - top) / (bottom - top);
  const half = (0.3 - inset) * (t < 0.45 ? 1 : Math.cos(((t - 0.45) / 0.55) * (Math.PI / 2)));
  return Math.abs(x - 0.5) <= half;
}

function nearSegment(x: number, y: number, [x1, y1]: number[], [x2, y2]: number[], width: number): boolean {
  const dx = x2! - x1!,
    dy = y2! - y1!;
  const t = Math.max(0, Math.min(1, ((x - x1!) * dx + (y - y1!) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (x1! + t * dx), y - (y1! + t * dy)) <= width / 2;
}

const inCheck = (x: number, y: number, width: number) => nearSegment(x, y, [0.37, 0.5], [0.47, 0.61], width) || nearSegment(x, y, [0.47, 0.61], [0.65, 0.4], width);

function roundedSquare(x: number, y: number, r: number): boolean {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

const PURPLE: [number, number, number, number] = [0x5b, 0x2c, 0x83, 255];
const WHITE: [number, number, number, number] = [255, 255, 255, 255];

const color: Paint = (x, y) => {
  if (!roundedSquare(x, y, 0.18)) return null;
  if (inShield(x, y) && !inCheck(x, y, 0.075)) return WHITE;
  return PURPLE;
};

const outline: Paint = (x, y) => {
  const ring = inShield(x, y, -0.04) && !inShield(x, y, 0.05);
  return ring || inCheck(x, y, 0.1) ? WHITE : null;
};

if (require.main === module) {
  const dir = join(__dirname, '..', '..', 'appPackage');
  writeFileSync(join(dir, 'color.png'), render(192, color));
  writeFileSync(join(dir, 'outline.png'), render(32, outline));
}
