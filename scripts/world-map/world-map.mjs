// Writes the world map the members' map draws from (issue 19):
//   src/CoCreation.Web/wwwroot/img/world.svg            one static, long-cached SVG: <g id="world"> holding every
//                                                       country as <path id="AR"> (ISO 3166-1 alpha-2), no fill
//                                                       of its own, so a page's <use href="/img/world.svg#AR">
//                                                       colours it and <use href="…#world"> draws all land;
//   src/CoCreation.Web/Infrastructure/Web/WorldMap.Points.cs  the view box and, per country, the point where
//                                                       its marker goes (the centre of its largest part) and its area.
// Data: Natural Earth 1:110m countries (world-atlas), with the small states that scale leaves out (Malta, Cabo
// Verde, Singapore, …) taken from 1:50m; Antarctica left out. Natural Earth projection, coordinates rounded
// to whole units of a 960-wide view box and written as relative moves (the file stays a few tens of KB).
// Run:  cd scripts/world-map && npm ci && node world-map.mjs   (commit both outputs; the portal reads only them)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea, geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const root = new URL("../../", import.meta.url);
const width = 960;
// Keep this share of the points (by their weight: the area of the triangle each makes with its neighbours).
const keepQuantile = 0.8;

function load(name) {
  let topology = JSON.parse(readFileSync(require.resolve(`world-atlas/${name}`), "utf8"));
  topology = presimplify(topology);
  topology = simplify(topology, quantile(topology, keepQuantile));
  return feature(topology, topology.objects.countries).features;
}

// Natural Earth has no numeric code for Kosovo; XK is the code in common use for it.
const codeOf = (f) => (f.properties.name === "Kosovo" ? "XK" : countries.numericToAlpha2(f.id) ?? null);

const coarse = load("countries-110m.json").filter((f) => f.id !== "010");
const known = new Set(coarse.map((f) => f.id));
const fine = load("countries-50m.json").filter((f) => f.id && f.id !== "010" && !known.has(f.id) && codeOf(f));
const all = [...coarse, ...fine];

const projection = geoNaturalEarth1().fitWidth(width, { type: "FeatureCollection", features: coarse });
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds({ type: "FeatureCollection", features: coarse });
projection.translate([projection.translate()[0], projection.translate()[1] - Math.floor(top)]);
const height = Math.ceil(bottom - top);

/** A path context writing whole-unit relative commands and dropping rings that round to nothing. */
function compactPath(geometry) {
  const rings = [];
  let ring = null;
  const context = {
    moveTo(x, y) {
      ring = [[Math.round(x), Math.round(y)]];
      rings.push(ring);
    },
    lineTo(x, y) {
      const point = [Math.round(x), Math.round(y)];
      const last = ring[ring.length - 1];
      if (point[0] !== last[0] || point[1] !== last[1]) ring.push(point);
    },
    closePath() {},
  };
  geoPath(projection, context)(geometry);
  let d = "";
  let at = [0, 0];
  for (const points of rings) {
    if (points.length > 1 && points.at(-1)[0] === points[0][0] && points.at(-1)[1] === points[0][1]) points.pop();
    if (points.length < 3) continue;
    d += `m${points[0][0] - at[0]} ${points[0][1] - at[1]}`.replace(/ -/g, "-");
    let previous = points[0];
    let segment = "";
    for (const point of points.slice(1)) {
      segment += ` ${point[0] - previous[0]} ${point[1] - previous[1]}`;
      previous = point;
    }
    d += "l" + segment.trim().replace(/ -/g, "-") + "z";
    at = points[0];
  }

  return d.replace(/^m/, "M");
}

const shapes = [];
const points = [];
for (const country of all) {
  const code = codeOf(country);
  let d = compactPath(country);
  const polygons =
    country.geometry.type === "MultiPolygon"
      ? country.geometry.coordinates.map((coordinates) => ({ type: "Polygon", coordinates }))
      : [country.geometry];
  const largest = polygons.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  const [x, y] = path.centroid(largest).map((v) => Math.round(v));
  if (!d) {
    // A state smaller than a unit (Monaco, Vatican): a diamond at its place, so it still has a shape to colour.
    d = `M${x} ${y - 2}l2 2-2 2-2-2z`;
  }

  shapes.push(code ? `<path id="${code}" d="${d}"/>` : `<path d="${d}"/>`);
  if (code && !Number.isNaN(x)) points.push([code, x, y, Math.round(path.area(country))]);
}

points.sort((a, b) => a[0].localeCompare(b[0]));
const svg =
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" fill="#c9ced6" stroke="#fff" stroke-width=".5">` +
  `<title>World (Natural Earth, public domain)</title><g id="world">${shapes.join("")}</g></svg>\n`;
writeFileSync(new URL("src/CoCreation.Web/wwwroot/img/world.svg", root), svg);

const entries = points.map(([code, x, y, area]) => `["${code}"] = new(${x}, ${y}, ${area}),`);
const lines = [];
for (let i = 0; i < entries.length; i += 3) lines.push("        " + entries.slice(i, i + 3).join(" "));
writeFileSync(
  new URL("src/CoCreation.Web/Infrastructure/Web/WorldMap.Points.cs", root),
  `// <auto-generated>Written by scripts/world-map/world-map.mjs from Natural Earth (world-atlas 2.0.2); do not edit.</auto-generated>
using System.Collections.Frozen;

namespace CoCreation.Web.Infrastructure.Web;

public static partial class WorldMap
{
    public const int Width = ${width};

    public const int Height = ${height};

    /// <summary>
    /// Per country in wwwroot/img/world.svg (its path id), where its marker goes (the centre of its largest part) and its area.
    /// </summary>
    private static readonly FrozenDictionary<string, Point> Points = new Dictionary<string, Point>
    {
${lines.join("\n")}
    }.ToFrozenDictionary();
}
`
);
console.log(`world.svg: ${svg.length} bytes, ${shapes.length} shapes, ${points.length} points, view box ${width}×${height}`);
