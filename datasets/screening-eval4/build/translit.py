# Transliteration helpers (Python standard library only).  Tables typed by the compiler from the
# public descriptions cited in sources.py (ICAO Doc 9303 Cyrillic tables, BGN/PCGN, Ukrainian 2010
# national system, Belarusian 2007/ICAO, Serbian Gaj Latin, Bulgarian 2009 streamlined system).
import unicodedata

VOW = set("аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ")


def _cap(s):
    return s[:1].upper() + s[1:]


def _run(word, fn):
    w = word.lower()
    out = []
    for i, ch in enumerate(w):
        prev = w[i - 1] if i > 0 else ""
        nxt = w[i + 1] if i + 1 < len(w) else ""
        out.append(fn(ch, prev, nxt, i, w))
    return _cap("".join(out))


ICAO_RU = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "ie", "y", "", "e", "iu", "ia"]))


def ru_icao(w):
    return _run(w, lambda c, p, n, i, s: ICAO_RU.get(c, c))


def ru_bgn(w):
    def f(c, p, n, i, s):
        if c == "е":
            return "ye" if (i == 0 or p in VOW or p in "ьъй") else "e"
        if c == "ё":
            return "o" if p in "жчшщ" else "yo"
        if c == "й":
            return "" if (p == "и" and n == "") else "y"
        if c == "и" and n == "й" and i + 2 == len(s):
            return "y"
        if c == "ы" and n == "й" and i + 2 == len(s):
            return "y"
        if c == "ю":
            return "yu"
        if c == "я":
            return "ya"
        if c in "ьъ":
            return ""
        return ICAO_RU.get(c, c)
    return _run(w, f)


def ru_fr(w):
    def f(c, p, n, i, s):
        if c == "к" and n == "с":
            return "x"
        if c == "с" and p == "к":
            return ""
        if c == "г" and n in "еиёюяы":
            return "gu"
        if c == "е":
            return "ie" if (i > 0 and (p in VOW or p in "ьъ")) else "e"
        if c == "ё":
            return "o" if p in "жчшщ" else "io"
        if c == "й":
            if p == "и" and n == "":
                return ""
            return "ï" if p in VOW else "i"
        if c == "и" and n == "й" and i + 2 == len(s):
            return "i"
        if c == "н" and n == "" and p == "и":
            return "ne"
        if c == "у":
            return "ou"
        if c == "ю":
            return "iou"
        if c == "я":
            return "ia"
        if c == "ж":
            return "j"
        if c == "ч":
            return "tch"
        if c == "ш":
            return "ch"
        if c == "щ":
            return "chtch"
        if c == "х":
            return "kh"
        if c == "с" and p in VOW and n in VOW and p and n:
            return "ss"
        if c in "ьъ":
            return ""
        return ICAO_RU.get(c, c)
    return _run(w, f)


def ru_de(w):
    def f(c, p, n, i, s):
        if c == "е":
            return "je" if (i == 0 or p in VOW or p in "ьъ") else "e"
        if c == "ё":
            return "o" if p in "жчшщ" else "jo"
        if c == "й":
            if p == "и" and n == "":
                return ""
            return "i" if p == "а" else "j"
        if c == "и" and n == "й" and i + 2 == len(s):
            return "i"
        if c == "в":
            return "f" if (n == "" and p in "оеё") else "w"
        if c == "ж":
            return "sch"
        if c == "з":
            return "s"
        if c == "с":
            return "ss" if (p in VOW and n in VOW and p and n) else "s"
        if c == "х":
            return "ch"
        if c == "ц":
            return "z"
        if c == "ч":
            return "tsch"
        if c == "ш":
            return "sch"
        if c == "щ":
            return "schtsch"
        if c == "ю":
            return "ju"
        if c == "я":
            return "ja"
        if c in "ьъ":
            return ""
        return ICAO_RU.get(c, c)
    out = _run(w, f)
    if out.endswith("f") and w.lower()[-1] == "в":
        out = out[:-1] + "w"
    return out


ISO9 = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                ["a", "b", "v", "g", "d", "e", "ë", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r", "s", "t",
                 "u", "f", "h", "c", "č", "š", "ŝ", "ʺ", "y", "ʹ", "è", "û", "â"]))


def ru_iso9(w):
    return _run(w, lambda c, p, n, i, s: ISO9.get(c, c))


UA_NAT = {"а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "y",
          "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "'": ""}


def ua_nat(w):
    def f(c, p, n, i, s):
        if c == "г" and p == "з":
            return "gh"
        if c in "єїйюя":
            ini = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
            mid = {"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia"}
            return ini[c] if i == 0 else mid[c]
        return UA_NAT.get(c, c)
    return _run(w, f)


def ua_old(w):
    """Pre-2010 English-press style (y for й, ya/yu/ye everywhere)."""
    def f(c, p, n, i, s):
        m = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
        if c in m:
            return m[c]
        return UA_NAT.get(c, c)
    return _run(w, f)


BY_NAT = {"а": "a", "б": "b", "в": "v", "г": "h", "д": "d", "е": "e", "ё": "io", "ж": "zh", "з": "z", "і": "i",
          "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
          "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "э": "e",
          "ю": "iu", "я": "ia", "'": ""}


def by_nat(w):
    return _run(w, lambda c, p, n, i, s: BY_NAT.get(c, c))


def by_bgn(w):
    def f(c, p, n, i, s):
        if c == "е":
            return "ye" if (i == 0 or p in VOW) else "e"
        m = {"ё": "yo", "й": "y", "ў": "w", "ю": "yu", "я": "ya"}
        if c in m:
            return m[c]
        return BY_NAT.get(c, c)
    return _run(w, f)


SR = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ђ": "đ", "е": "e", "ж": "ž", "з": "z", "и": "i", "ј": "j",
      "к": "k", "л": "l", "љ": "lj", "м": "m", "н": "n", "њ": "nj", "о": "o", "п": "p", "р": "r", "с": "s",
      "т": "t", "ћ": "ć", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "џ": "dž", "ш": "š"}


def sr_lat(w):
    return _run(w, lambda c, p, n, i, s: SR.get(c, c))


def sr_dj(lat):
    return lat.replace("Đ", "Dj").replace("đ", "dj")


def sr_eng(lat):
    t = lat.replace("ić", "ich").replace("ć", "ch").replace("č", "ch").replace("š", "sh").replace("ž", "zh")
    t = t.replace("Č", "Ch").replace("Š", "Sh").replace("Ž", "Zh").replace("Ć", "Ch")
    return sr_dj(t)


BG = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k",
      "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h",
      "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya"}


def bg_str(w):
    def f(c, p, n, i, s):
        if c == "я" and p == "и" and n == "":
            return "a"
        return BG.get(c, c)
    return _run(w, f)


def bg_bgn(w):
    def f(c, p, n, i, s):
        if c == "х":
            return "kh"
        if c == "ъ":
            return "u"
        return BG.get(c, c)
    return _run(w, f)


def bg_de(w):
    m = {"в": "w", "ж": "sch", "з": "s", "й": "j", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch", "щ": "scht",
         "ъ": "a", "ю": "ju", "я": "ja"}
    return _run(w, lambda c, p, n, i, s: m.get(c, BG.get(c, c)))


def strip_diacritics(s):
    s = s.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D")
    s = s.replace("ß", "ss").replace("ʹ", "").replace("ʺ", "").replace("ʻ", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mrz_fold(s):
    s = strip_diacritics(s).replace("Æ", "AE").replace("æ", "ae").replace("Ø", "OE").replace("ø", "oe")
    s = s.replace("'", "").replace("’", "").replace(".", "")
    out = []
    for ch in s.upper():
        if "A" <= ch <= "Z" or "0" <= ch <= "9":
            out.append(ch)
        else:
            out.append("<")
    r = "".join(out)
    while "<<" in r:
        r = r.replace("<<", "<")
    return r.strip("<")


def mrz(family, given):
    f = mrz_fold(family)
    g = mrz_fold(given) if given else ""
    return f + "<<" + g
