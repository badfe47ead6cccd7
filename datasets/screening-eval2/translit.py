"""Small table-driven transliterators used to derive romanisation variants from the
original-script spelling (tables transcribed from the cited standards)."""

VOWELS_CYR = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")

# ICAO Doc 9303 (7th/8th ed.) recommended Cyrillic transliteration (Russian letters)
ICAO_RU = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
           "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
           "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
           "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "ie", "ы": "y", "ь": "", "э": "e", "ю": "iu",
           "я": "ia",
           # Kazakh letters as written in Kazakh ICAO-style passports (compiler)
           "қ": "k", "ғ": "g", "ұ": "u", "ү": "u", "ә": "a", "ө": "o", "і": "i", "ң": "n", "һ": "h"}


def _case(out, src_char):
    if src_char.isupper() and out:
        return out[0].upper() + out[1:]
    return out


def ru_icao(s):
    return "".join(_case(ICAO_RU.get(ch.lower(), ch), ch) for ch in s)


def ru_bgn(s):
    """BGN/PCGN 1947 (Russian), without diacritics/interpuncts (simplified press form:
    ё -> yo, apostrophes for ъ/ь omitted)."""
    out = []
    for i, ch in enumerate(s):
        lo = ch.lower()
        prev = s[i - 1].lower() if i else ""
        initial_or_after_vowel = (i == 0) or (prev in VOWELS_CYR) or prev in "ъьй " or not prev.isalpha()
        if lo == "е":
            r = "ye" if initial_or_after_vowel else "e"
        elif lo == "ё":
            r = "yo" if initial_or_after_vowel else "yo"
        elif lo == "й":
            r = "y"
        elif lo == "ы":
            r = "y"
        elif lo in "ъь":
            r = ""
        elif lo == "ю":
            r = "yu"
        elif lo == "я":
            r = "ya"
        elif lo == "э":
            r = "e"
        else:
            r = ICAO_RU.get(lo, ch)
        out.append(_case(r, ch))
    return "".join(out)


# Ukrainian national system, Cabinet Resolution No 55 (2010)
UA = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
      "и": "y", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
      "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
      "щ": "shch", "ь": "", "'": "", "’": ""}
UA_POS = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu"), "я": ("ya", "ia")}


def ua2010(s):
    out = []
    i = 0
    while i < len(s):
        ch = s[i]
        lo = ch.lower()
        word_start = i == 0 or not s[i - 1].isalpha()
        if lo == "з" and i + 1 < len(s) and s[i + 1].lower() == "г":
            out.append(_case("zgh", ch)); i += 2; continue
        if lo in UA_POS:
            r = UA_POS[lo][0] if word_start else UA_POS[lo][1]
        else:
            r = UA.get(lo, ch)
        out.append(_case(r, ch))
        i += 1
    return "".join(out)


# Georgian national system 2002 (= BGN/PCGN 2009), ejectives marked with apostrophe
KA = {"ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
      "კ": "k'", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p'", "ჟ": "zh", "რ": "r", "ს": "s",
      "ტ": "t'", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q'", "შ": "sh", "ჩ": "ch",
      "ც": "ts", "ძ": "dz", "წ": "ts'", "ჭ": "ch'", "ხ": "kh", "ჯ": "j", "ჰ": "h"}


def ka2002(s):
    out = "".join(KA.get(ch, ch) for ch in s)
    return " ".join(w[:1].upper() + w[1:] for w in out.split(" "))


def ka_plain(s):
    return ka2002(s).replace("'", "")


# ELOT 743 / ISO 843 type 2 (transcription) - simplified, enough for personal names
GR1 = {"α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i",
       "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
       "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o"}
GR_ACC = str.maketrans("άέήίόύώϊΐϋΰΆΈΉΊΌΎΏΪΫ", "αεηιουωιιυυΑΕΗΙΟΥΩΙΥ")
VOICELESS = set("θκξπστφχψ")


def elot(s):
    src = s
    t = s.translate(GR_ACC)
    low = t.lower()
    out = []
    i = 0
    while i < len(low):
        c = low[i]
        nx = low[i + 1] if i + 1 < len(low) else ""
        # diaeresis in source breaks diphthongs (e.g. Νικολαΐδης -> Nikolaidis anyway)
        if c in "αεη" and nx == "υ":
            after = low[i + 2] if i + 2 < len(low) else ""
            base = {"α": "a", "ε": "e", "η": "i"}[c]
            r = base + ("f" if (after == "" or after in VOICELESS or not after.isalpha()) else "v")
            i += 2
        elif c == "ο" and nx == "υ":
            r = "ou"; i += 2
        elif c == "γ" and nx in "γ":
            r = "ng"; i += 2
        elif c == "γ" and nx in "ξχ":
            r = "n"; i += 1
        elif c == "μ" and nx == "π" and (i == 0 or not low[i - 1].isalpha()):
            r = "b"; i += 2
        elif c == "ν" and nx == "τ" and (i == 0 or not low[i - 1].isalpha()):
            r = "d"; i += 2
        else:
            r = GR1.get(c, c); i += 1
        out.append(r)
    res = "".join(out)
    return " ".join(w[:1].upper() + w[1:] for w in res.split(" "))


SYSTEMS = {"ru_icao": ru_icao, "ru_bgn": ru_bgn, "ua2010": ua2010, "ka2002": ka2002,
           "ka_plain": ka_plain, "elot": elot}
