// Writes src/CoCreation.Web/Infrastructure/Web/zone-cities.json: the names of time zones' cities in the portal's
// interface languages (en, fr, es), from the Unicode CLDR's exemplar cities (cldr-dates-full). CLDR lists a city only
// where its name differs from the zone's id ("Europe/Brussels" → fr "Bruxelles", es "Bruselas"; "America/Bogota" →
// "Bogotá"), so the portal falls back to the id's last part for the rest. CLDR keys its names by its own zone ids, some
// of them older than the IANA ids the portal uses (Asia/Calcutta for Asia/Kolkata, Atlantic/Faeroe for Atlantic/Faroe):
// each name is written under every id CLDR's BCP 47 data (cldr-bcp47) lists for the zone.
// Run: cd scripts/zone-cities && npm ci && node zone-cities.mjs   (commit the JSON; the portal never runs node)
import { readFileSync, writeFileSync } from "node:fs";

const languages = ["en", "fr", "es"];
const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`)).version;
const out = { source: `Unicode CLDR: cldr-dates-full ${version("cldr-dates-full")}, cldr-bcp47 ${version("cldr-bcp47")}` };

for (const language of languages) {
  const data = JSON.parse(readFileSync(`node_modules/cldr-dates-full/main/${language}/timeZoneNames.json`));
  const cities = {};
  const walk = (node, path) => {
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === "object" && "exemplarCity" in value) {
        const id = [...path, key].join("/");
        if (!id.startsWith("Etc/")) cities[id] = value.exemplarCity;
      } else if (value && typeof value === "object") {
        walk(value, [...path, key]);
      }
    }
  };
  walk(data.main[language].dates.timeZoneNames.zone, []);
  const zones = JSON.parse(readFileSync("node_modules/cldr-bcp47/bcp47/timezone.json")).keyword.u.tz;
  for (const zone of Object.values(zones)) {
    const ids = (zone._alias ?? "").split(" ").filter(Boolean);
    const known = ids.find((id) => id in cities);
    if (known) for (const id of ids) cities[id] = cities[known];
  }
  out[language] = Object.fromEntries(Object.entries(cities).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const target = new URL("../../src/CoCreation.Web/Infrastructure/Web/zone-cities.json", import.meta.url);
writeFileSync(target, JSON.stringify(out, null, 1) + "\n");
console.log(`zone-cities.json: ${languages.map((l) => `${l} ${Object.keys(out[l]).length}`).join(", ")}`);
