// Writes src/CoCreation.Domain/Common/content-languages.json: the languages content may be written in
// (the official languages of every OGP member and local member, and a few more that participants use),
// named in the portal's interface languages and in the language itself by the Unicode CLDR data that
// Node's ICU carries, so no name is typed by hand unless CLDR lacks it (overrides below).
// Run: node scripts/content-languages.mjs   (commit the JSON it writes; the portal reads only the JSON)
import { writeFileSync } from "node:fs";

// tag: [PostgreSQL text-search configuration or null for 'simple', right-to-left?, native-name override]
// Bosnian, Croatian and Montenegrin share the Serbian stemmer, which reads both scripts.
// (Bosnian, Croatian and Montenegrin share the Serbian stemmer, which reads both scripts.)
const languages = {
  af: [], am: [], ar: ["arabic", true], az: [], be: [], bg: [], bn: [], bs: ["serbian"], ca: ["catalan"], ceb: [],
  cnr: ["serbian", false, "crnogorski"], crs: [null, false, "kreol seselwa"], cs: [], cy: [], da: ["danish"], de: ["german"],
  dv: [null, true, "ދިވެހި"], el: ["greek"], en: ["english"], es: ["spanish"], et: [], eu: ["basque"],
  fa: [null, true], fi: ["finnish"], fil: [], fr: ["french"], ga: ["irish"], gd: [], gl: [], gn: [], ha: [],
  he: [null, true], hi: ["hindi"], hr: ["serbian"], ht: [], hu: ["hungarian"], hy: ["armenian"], id: ["indonesian"], ig: [],
  ilo: [], is: [], it: ["italian"], ja: [], ka: [], kk: [], km: [], ko: [], ky: [], lb: [], lt: ["lithuanian"],
  lv: [], mg: [], mi: [], mk: [], mn: [], mr: [], ms: [], mt: [], my: [], nb: ["norwegian"], ne: ["nepali"],
  nl: ["dutch"], nn: ["norwegian"], nr: [], nso: [], ny: [], pa: [], pl: [], prs: [null, true], ps: [null, true],
  pt: ["portuguese"], qu: [], ro: ["romanian"], ru: ["russian"], rw: [], si: [], sk: [], sl: [], sm: [], so: [],
  sq: [], sr: ["serbian"], ss: [], st: [], sv: ["swedish"], sw: [], ta: ["tamil"], te: [], tg: [], th: [],
  tn: [], to: [], tr: ["turkish"], ts: [], uk: [], ur: [null, true], uz: [], ve: [], vi: [], wo: [], xh: [],
  tpi: [], ho: [], yi: ["yiddish", true], yo: [], zgh: [], zh: [], zu: [],
};

// OGP members (national, and the countries of local members) with their official or national languages,
// the first the most widely written. A local member (a code "XX-…") takes its country's list unless named here.
const members = {
  AF: ["ps", "prs"], AL: ["sq"], AM: ["hy"], AR: ["es"], AU: ["en"], AZ: ["az"], BA: ["bs", "hr", "sr"],
  BE: ["nl", "fr", "de"], BF: ["fr"], BG: ["bg"], BR: ["pt"], CA: ["en", "fr"], CH: ["de", "fr", "it"], CI: ["fr"],
  CL: ["es"], CO: ["es"], CR: ["es"], CV: ["pt"], CZ: ["cs"], DE: ["de"], DK: ["da"], DO: ["es"], EC: ["es"],
  EE: ["et"], ES: ["es", "ca", "eu", "gl"], FI: ["fi", "sv"], FR: ["fr"], GB: ["en", "cy", "gd"], GE: ["ka"],
  GH: ["en"], GR: ["el"], GT: ["es"], HN: ["es"], HR: ["hr"], HU: ["hu"], ID: ["id"], IE: ["en", "ga"],
  IL: ["he", "ar"], IN: ["hi", "en"], IS: ["is"], IT: ["it"], JM: ["en"], JO: ["ar"], KE: ["en", "sw"],
  KG: ["ky", "ru"], KR: ["ko"], LK: ["si", "ta"], LR: ["en"], LT: ["lt"], LU: ["lb", "fr", "de"], LV: ["lv"],
  MA: ["ar", "zgh", "fr"], MD: ["ro"], ME: ["cnr", "sr"], MK: ["mk", "sq"], MN: ["mn"], MT: ["mt", "en"],
  MV: ["dv"], MW: ["en", "ny"], MX: ["es"], NG: ["en", "ha", "yo", "ig"], NL: ["nl"], NO: ["nb", "nn"],
  NP: ["ne"], NZ: ["en", "mi"], PA: ["es"], PE: ["es", "qu"], PH: ["fil", "en", "ceb", "ilo"], PK: ["ur", "en", "pa"],
  PG: ["en", "tpi", "ho"], PL: ["pl"], PT: ["pt"], PY: ["es", "gn"], RO: ["ro"], RS: ["sr"], SC: ["crs", "en", "fr"], SE: ["sv"],
  SK: ["sk"], SL: ["en"], SN: ["fr", "wo"], SV: ["es"], TN: ["ar"], TR: ["tr"], TT: ["en"], TZ: ["sw", "en"],
  UA: ["uk"], US: ["en", "es"], UY: ["es"], ZA: ["en", "af", "zu", "xh", "nso", "tn", "st", "ts", "ss", "ve", "nr"],
  // Local members whose language differs from the country's first.
  "CA-QC": ["fr"], "ES-CT": ["ca", "es"], "ES-PV": ["eu", "es"], "ES-GA": ["gl", "es"], "GB-WLS": ["cy", "en"],
  "GB-SCT": ["en", "gd"], "MX-JAL": ["es"], "PH-SCO": ["fil", "ceb"],
};

for (const [code, tags] of Object.entries(members)) {
  for (const tag of tags) if (!(tag in languages)) throw new Error(`${code}: ${tag} is not in the language list`);
}

const interfaceLanguages = ["en", "fr", "es"];
const names = Object.fromEntries(interfaceLanguages.map((l) => [l, new Intl.DisplayNames([l], { type: "language" })]));
const list = Object.entries(languages).map(([tag, [search = null, rtl = false, native = null]]) => {
  const own = native ?? new Intl.DisplayNames([tag], { type: "language", fallback: "none" }).of(tag);
  if (!own || own === tag) throw new Error(`${tag}: CLDR has no name in the language itself; add an override`);
  // The language's own name as its speakers write it (latviešu, français): CLDR's casing is kept.
  const entry = { tag, native: own };
  for (const l of interfaceLanguages) {
    // As CLDR writes it inside a sentence ("letton", "letón"); the portal capitalises it where it starts a label.
    entry[l] = names[l].of(tag);
  }
  if (rtl) entry.rtl = true;
  entry.search = search ?? "simple";
  return entry;
});

const out = new URL("../src/CoCreation.Domain/Common/content-languages.json", import.meta.url);
writeFileSync(out, JSON.stringify({ languages: list, members }, null, 1) + "\n");
console.log(`${list.length} languages, ${Object.keys(members).length} members -> ${out.pathname}`);
