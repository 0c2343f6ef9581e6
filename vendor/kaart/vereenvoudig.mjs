// Simplifies the twelve province shapes of @svg-maps/netherlands (CC BY 4.0, after MapSVG) into the small SVG the
// generator reads at build time (generator/src/main/resources/nl/kennisbank/site/assemble/provincies.svg).
// Usage: node vereenvoudig.mjs <source netherlands.svg> <output svg>   (vendor/kaart/bijwerken.sh runs it)
// Deterministic: the same input gives the same bytes. No dependencies besides Node itself.
import { readFileSync, writeFileSync } from 'node:fs';

const TOLERANCE = 0.5;   // Douglas-Peucker tolerance in the source's units (its viewBox is 613 x 724)
const MIN_AREA = 6;      // rings smaller than this (square units) after simplification are left out
const IDS = { dr: 'drenthe', fl: 'flevoland', fr: 'friesland', ge: 'gelderland', gr: 'groningen', li: 'limburg',
  nb: 'noord-brabant', nh: 'noord-holland', ov: 'overijssel', ut: 'utrecht', ze: 'zeeland', zh: 'zuid-holland' };

const [source, output] = process.argv.slice(2);
const svg = readFileSync(source, 'utf8');
const viewBox = /viewBox="([^"]+)"/.exec(svg)[1];
const paths = [...svg.matchAll(/<path\s+id="([a-z]+)"\s+name="([^"]+)"\s+d="([^"]+)"/g)];
if (paths.length !== 12) throw new Error(`expected 12 provinces, found ${paths.length}`);

/** The source uses only relative moveto (with implicit relative lineto) and closepath. */
function rings(d) {
  const tokens = d.match(/[mMzZ]|-?\d*\.?\d+(?:e-?\d+)?/g);
  const result = [];
  let x = 0, y = 0, startX = 0, startY = 0, ring = null, i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === 'm') {
      x += +tokens[i + 1]; y += +tokens[i + 2]; i += 3;
      startX = x; startY = y; ring = [[x, y]]; result.push(ring);
      while (i < tokens.length && !/[mMzZ]/.test(tokens[i])) {
        x += +tokens[i]; y += +tokens[i + 1]; i += 2; ring.push([x, y]);
      }
    } else if (t === 'z' || t === 'Z') {
      x = startX; y = startY; i += 1;
    } else {
      throw new Error(`unexpected path command ${t}`);
    }
  }
  return result;
}

function simplify(points, tolerance) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    let max = 0, index = -1;
    for (let i = a + 1; i < b; i++) {
      const d = distance(points[i], points[a], points[b]);
      if (d > max) { max = d; index = i; }
    }
    if (max > tolerance) { keep[index] = 1; stack.push([a, index], [index, b]); }
  }
  return points.filter((_, i) => keep[i]);
}

function distance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay, length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
}

function area(points) {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i], [x2, y2] = points[(i + 1) % points.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2;
}

/** A closed ring: split it at its point farthest from the start, so both halves keep their ends. */
function simplifyRing(ring) {
  let far = 0, best = -1;
  ring.forEach(([x, y], i) => { const d = Math.hypot(x - ring[0][0], y - ring[0][1]); if (d > best) { best = d; far = i; } });
  const first = simplify(ring.slice(0, far + 1), TOLERANCE);
  const second = simplify(ring.slice(far).concat([ring[0]]), TOLERANCE);
  const rounded = first.concat(second.slice(1, -1)).map(([x, y]) => [Math.round(x), Math.round(y)]);
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
}

function pathData(provinceRings) {
  let out = '', x = 0, y = 0;
  for (const ring of provinceRings) {
    out += `M${ring[0][0]} ${ring[0][1]}`; x = ring[0][0]; y = ring[0][1];
    out += 'l' + ring.slice(1).map(([px, py]) => { const s = `${px - x} ${py - y}`; x = px; y = py; return s; }).join(' ');
    out += 'z';
  }
  return out.replace(/ -/g, '-');
}

const lines = paths
  .map(([, code, name, d]) => {
    const id = IDS[code];
    if (!id) throw new Error(`unknown province code ${code} (${name})`);
    const kept = rings(d).map(simplifyRing).filter(r => r.length >= 3 && area(r) >= MIN_AREA);
    return [id, name, pathData(kept)];
  })
  .sort((a, b) => (a[0] < b[0] ? -1 : 1))
  .map(([id, name, d]) => `<path id="${id}" data-naam="${name}" d="${d}"/>`);

writeFileSync(output, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">
<!-- De twaalf provincies, vereenvoudigd uit @svg-maps/netherlands 1.0.0 (CC BY 4.0; gebaseerd op MapSVG,
     https://mapsvg.com/maps/netherlands). Gemaakt door vendor/kaart/bijwerken.sh; niet met de hand wijzigen. -->
${lines.join('\n')}
</svg>
`);
console.log(`wrote ${output} (${readFileSync(output).length} bytes)`);
