// Writes the list of common passwords that the password rule refuses (docs/adr/00XX-account-administration.md).
// Sources and licences: src/FairNotice.Domain/Access/data/SOURCES.md. Do not edit the output by hand; run `npm ci && node gen.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'FairNotice.Domain', 'Access', 'data', 'common-passwords.txt');

// The length rule (AccountRules.MinimumPasswordLength) already refuses anything shorter: listing it would change nothing.
const minimumLength = 12;

// Ranked by frequency in breach corpora, most common first (zxcvbn's list, maintained by zxcvbn-ts).
const ranked = JSON.parse(readFileSync(require.resolve('@zxcvbn-ts/language-common/src/passwords.json'), 'utf8'));
// Alphabetical: the entries of zxcvbn's frequency lists with at least 8 characters.
const popular = require('popular-passwords');

const seen = new Set();
const lines = [];
let rankedKept = 0;
for (const [list, isRanked] of [[ranked, true], [popular, false]]) {
  for (const raw of list) {
    const p = String(raw).normalize('NFC').toLowerCase();
    if ([...p].length < minimumLength || /[\r\n]/.test(p) || seen.has(p)) continue;
    seen.add(p);
    lines.push(p);
    if (isRanked) rankedKept++;
  }
}

writeFileSync(out, lines.join('\n') + '\n');
console.log(`ranked source: ${ranked.length} entries (${rankedKept} of ${minimumLength}+ characters); popular-passwords: ${popular.length} entries; written: ${lines.length} -> ${out}`);
