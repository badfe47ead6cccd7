// Generates src/FairNotice.Web/Features/Languages/data/cldr-names.json: the names of countries and territories (ISO 3166-1
// alpha-2) and of languages (ISO 639-1) in the four working languages, as the Unicode CLDR writes them, so that pages
// show « Allemagne », "Alemania", "ألمانيا" rather than "Germany" (issue #15). No name is typed here. Run from this folder:
//   npm ci && node gen.mjs
// Source: npm package `cldr-localenames-full` (the Unicode Consortium's JSON of CLDR), licence Unicode-3.0
// (see ../../src/FairNotice.Web/Features/Languages/data/SOURCES.md).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "../../src/FairNotice.Web/Features/Languages/data/cldr-names.json");
const pkg = require("cldr-localenames-full/package.json");
const locales = ["ar", "en", "es", "fr"];

const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
const territories = {};
const languages = {};
for (const l of locales) {
  const t = require(`cldr-localenames-full/main/${l}/territories.json`).main[l].localeDisplayNames.territories;
  const g = require(`cldr-localenames-full/main/${l}/languages.json`).main[l].localeDisplayNames.languages;
  // Countries and territories only: two capital letters (not the numeric regions "001", not "-alt-" variants, not
  // the private-use or pseudo codes CLDR also names: "ZZ" unknown region, "XA"/"XB" pseudo-locales, "EU"/"EZ"/"UN"/"QO").
  territories[l] = sorted(Object.fromEntries(Object.entries(t).filter(([k]) => /^[A-Z]{2}$/.test(k) && !["ZZ", "XA", "XB", "EU", "EZ", "UN", "QO"].includes(k))));
  // Languages by their two-letter ISO 639-1 code (what a form records: "en", "fr", "ar", "es"…).
  languages[l] = sorted(Object.fromEntries(Object.entries(g).filter(([k]) => /^[a-z]{2}$/.test(k))));
}

const data = {
  source: "Unicode CLDR " + pkg.cldrVersion + ", npm cldr-localenames-full " + pkg.version,
  licence: pkg.license,
  generatedBy: "tools/country-names/gen.mjs",
  territories,
  languages,
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(data, null, 1) + "\n");
console.log(`wrote ${out}: ${Object.keys(territories.en).length} territories, ${Object.keys(languages.en).length} languages, ${locales.length} locales`);
