# -*- coding: utf-8 -*-
"""Cyrillic -> Latin schemes used by the generator (standard library only).
RU_ICAO: ICAO Doc 9303 / Russian passports since 2013 (icao_ru).  RU_MVD: MVD order 310 (1997-2010) passports (ru_rom).
RU_BGN / RU_PRESS: practical English transcription (ru_bgn, ru_ye).  RU_FR / RU_DE: French and German/Duden
transcriptions (ru_rom mentions the French-based Soviet passports; German from the compiler).  UA_2010: Cabinet of
Ministers resolution 55 (ua2010).  UA_G: older Ukrainian passport practice with G for Г (icao_wiki ICAO row).
UZ_1995: Uzbek Latin alphabet (uz1995).  KZ_PASS/KG_PASS/TJ_PASS/MN_PASS: ICAO-like passport practice (compiler).
KZ_2021: Kazakh Latin 2021 letters (kz2021; exact letter set uncertain).  SR_LAT: Serbian Latin; SR_ICAO: ICAO
Serbian (interscript); SR_EN: English-press Serbian (compiler)."""
import unicodedata

V = set('аеёиоуыэюяіїєәөұүӯӣ')

def _base(extra=None):
    m = dict(zip('абвгдзиклмнопрстуфы', 'abvgdziklmnoprstufy'))
    m.update({'ж': 'zh', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ь': '', 'э': 'e'})
    if extra:
        m.update(extra)
    return m

def run(word, m, ye=None, yo=None, ij_end=None, gu=False, ss=False, fr_i=False, zgh=False):
    w = word.lower()
    out = []
    n = len(w)
    i = 0
    while i < n:
        c = w[i]
        prev = w[i - 1] if i > 0 else ''
        nxt = w[i + 1] if i + 1 < n else ''
        start = (i == 0 or prev in ' -')
        after_v = prev in V or prev in 'ьъ'
        if ij_end is not None and c in 'иы' and nxt == 'й' and (i + 2 == n or w[i + 2] in ' -'):
            out.append(ij_end if c == 'и' else 'y'); i += 2; continue
        if zgh and c == 'з' and nxt == 'г':
            out.append('zgh'); i += 2; continue
        if c == 'е' and ye and (start or after_v):
            out.append(ye)
        elif c == 'ё' and yo:
            out.append(yo[1] if prev in 'жчшщ' else yo[0])
        elif c == 'г' and gu and nxt in 'еёиыэ':
            out.append('gu')
        elif c == 'с' and ss and prev in V and nxt in V and not start:
            out.append('ss')
        elif c == 'й' and fr_i and prev in V:
            out.append('ï')
        elif c in ('є', 'ї', 'ю', 'я') and isinstance(m.get(c), tuple):
            out.append(m[c][0] if start else m[c][1])
        elif c == 'й' and isinstance(m.get(c), tuple):
            out.append(m[c][0] if start else m[c][1])
        else:
            out.append(m.get(c, c))
        i += 1
    s = ''.join(out)
    return cap(s)

def cap(s):
    res = []
    up = True
    for ch in s:
        if up and ch.isalpha():
            res.append(ch.upper()); up = False
        else:
            res.append(ch)
        if ch in ' -':
            up = True
    return ''.join(res)

RU_ICAO_M = _base({'е': 'e', 'ё': 'e', 'й': 'i', 'ъ': 'ie', 'ю': 'iu', 'я': 'ia'})
RU_MVD_M = _base({'е': 'e', 'ё': 'e', 'й': 'y', 'ю': 'yu', 'я': 'ya'})
RU_BGN_M = _base({'е': 'e', 'ё': 'yo', 'й': 'y', 'ю': 'yu', 'я': 'ya'})
RU_FR_M = _base({'е': 'e', 'ё': 'io', 'ж': 'j', 'й': 'i', 'у': 'ou', 'ч': 'tch', 'ш': 'ch', 'щ': 'chtch', 'ю': 'iou', 'я': 'ia'})
RU_DE_M = _base({'в': 'w', 'е': 'e', 'ё': 'jo', 'ж': 'sch', 'з': 's', 'й': 'j', 'х': 'ch', 'ц': 'z', 'ч': 'tsch', 'ш': 'sch',
                 'щ': 'schtsch', 'ю': 'ju', 'я': 'ja'})

def ru_icao(w): return run(w, RU_ICAO_M)
def ru_mvd(w): return run(w, RU_MVD_M, ij_end='iy')
def ru_bgn(w): return run(w, RU_BGN_M, ye='ye', yo=('yo', 'o'), ij_end='iy')
def ru_press(w):
    s = run(w.replace('ия', 'иа').replace('ИЯ', 'ИА'), RU_BGN_M, ye='ye', yo=('yo', 'o'), ij_end='y')
    return s
def ru_fr(w):
    s = run(w, RU_FR_M, yo=('io', 'o'), ij_end='i', gu=True, ss=True, fr_i=True)
    return s
def ru_de(w): return run(w, RU_DE_M, ye='je', yo=('jo', 'o'), ij_end='i', ss=True)

UA_M = _base({'г': 'h', 'ґ': 'g', 'е': 'e', 'и': 'y', 'і': 'i', 'є': ('ye', 'ie'), 'ї': ('yi', 'i'), 'й': ('y', 'i'),
              'ю': ('yu', 'iu'), 'я': ('ya', 'ia'), "'": '', '’': ''})
UA_G_M = _base({'г': 'g', 'ґ': 'g', 'е': 'e', 'и': 'y', 'і': 'i', 'є': 'ye', 'ї': 'yi', 'й': 'y', 'ю': 'yu', 'я': 'ya'})
def ua_2010(w): return run(w, UA_M, zgh=True)
def ua_g(w): return run(w, UA_G_M, ij_end='iy')

UZ_M = _base({'ғ': 'gʻ', 'е': 'e', 'ё': 'yo', 'ж': 'j', 'й': 'y', 'қ': 'q', 'ў': 'oʻ', 'х': 'x', 'ҳ': 'h', 'ю': 'yu', 'я': 'ya', 'ъ': 'ʼ'})
def uz_1995(w): return run(w, UZ_M, ye='ye')
KZ_M = _base({'ә': 'a', 'ғ': 'g', 'қ': 'k', 'ң': 'n', 'ө': 'o', 'ұ': 'u', 'ү': 'u', 'һ': 'h', 'і': 'i', 'е': 'e', 'ё': 'e',
              'й': 'i', 'ю': 'iu', 'я': 'ia'})
KZ21_M = _base({'ә': 'ä', 'ғ': 'ğ', 'қ': 'q', 'ң': 'ñ', 'ө': 'ö', 'ұ': 'ū', 'ү': 'ü', 'һ': 'h', 'х': 'h', 'і': 'ı', 'е': 'e',
                'й': 'i', 'ж': 'j', 'ш': 'ş', 'ч': 'ç', 'ю': 'iu', 'я': 'ia'})
def kz_pass(w): return run(w, KZ_M)
def kz_2021(w): return run(w, KZ21_M)
KG_M = _base({'ң': 'ng', 'ө': 'o', 'ү': 'u', 'е': 'e', 'й': 'i', 'ю': 'iu', 'я': 'ia'})
KGJ_M = dict(KG_M, **{'ж': 'j', 'й': 'y', 'ю': 'yu', 'я': 'ya'})
def kg_pass(w): return run(w, KG_M)
def kg_j(w): return run(w, KGJ_M)
TJ_M = _base({'ғ': 'gh', 'ӣ': 'i', 'қ': 'q', 'ӯ': 'u', 'ҳ': 'h', 'ҷ': 'j', 'е': 'e', 'ё': 'yo', 'й': 'y', 'ю': 'yu', 'я': 'ya'})
def tj_pass(w): return run(w, TJ_M)
MN_M = _base({'е': 'ye', 'ё': 'yo', 'ж': 'j', 'й': 'i', 'ө': 'o', 'ү': 'u', 'ъ': 'i', 'ь': 'i', 'ю': 'yu', 'я': 'ya', 'щ': 'sh'})
MND_M = dict(MN_M, **{'ө': 'ö', 'ү': 'ü'})
MNU_M = dict(MN_M, **{'ө': 'u'})
def mn_pass(w): return run(w, MN_M)
def mn_dia(w): return run(w, MND_M)
def mn_u(w): return run(w, MNU_M)

SR_M = {'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ђ': 'đ', 'е': 'e', 'ж': 'ž', 'з': 'z', 'и': 'i', 'ј': 'j', 'к': 'k',
        'л': 'l', 'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't', 'ћ': 'ć',
        'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'c', 'ч': 'č', 'џ': 'dž', 'ш': 'š'}
SR_ICAO_M = dict(SR_M, **{'ђ': 'd', 'ж': 'z', 'ћ': 'c', 'ч': 'c', 'џ': 'dz', 'ш': 's'})
SR_EN_M = dict(SR_M, **{'ђ': 'dj', 'ж': 'zh', 'ћ': 'ch', 'ч': 'ch', 'џ': 'dzh', 'ш': 'sh'})
def sr_lat(w): return run(w, SR_M)
def sr_icao(w): return run(w, SR_ICAO_M)
def sr_en(w): return run(w, SR_EN_M)

# national-letter -> Russian-letter pre-maps (for the Russian-based romanisations of Central Asian names)
PRE = {'uz': {'ў': 'у', 'ғ': 'г', 'қ': 'к', 'ҳ': 'х'},
       'kz': {'ә': 'а', 'ғ': 'г', 'қ': 'к', 'ң': 'н', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'і': 'и'},
       'kg': {'ң': 'н', 'ө': 'о', 'ү': 'у'},
       'tj': {'ғ': 'г', 'ӣ': 'и', 'қ': 'к', 'ӯ': 'у', 'ҳ': 'х', 'ҷ': 'дж'},
       'mn': {'ө': 'о', 'ү': 'у'}}

def russify(w, lang):
    m = PRE.get(lang, {})
    return ''.join(m.get(c, m.get(c.lower(), c).upper() if c.lower() in m else c) for c in w)

# scheme sets: stored scheme, then (function, source key) for romanisation variants
SCHEMES = {
    'ru': (ru_icao, [(ru_bgn, 'ru_bgn'), (ru_press, 'ru_ye'), (ru_mvd, 'ru_rom'), (ru_fr, 'ru_rom'), (ru_de, '(compiler)')]),
    'ua': (ua_2010, [(ua_g, 'icao_wiki')]),
    'uz': (uz_1995, [(lambda w: ru_icao(russify(w, 'uz')), 'icao_ru'), (lambda w: ru_bgn(russify(w, 'uz')), 'ru_bgn')]),
    'kz': (kz_pass, [(kz_2021, 'kz2021'), (lambda w: ru_bgn(russify(w, 'kz')), 'ru_bgn')]),
    'kg': (kg_pass, [(kg_j, '(compiler)'), (lambda w: ru_bgn(russify(w, 'kg')), 'ru_bgn')]),
    'tj': (tj_pass, [(lambda w: ru_icao(russify(w, 'tj')), 'icao_ru'), (lambda w: ru_bgn(russify(w, 'tj')), 'ru_bgn')]),
    'mn': (mn_pass, [(mn_dia, '(compiler)'), (mn_u, '(compiler)'), (lambda w: ru_bgn(russify(w, 'mn')), 'ru_bgn')]),
    'sr': (sr_lat, [(sr_icao, 'interscript'), (sr_en, '(compiler)')]),
}

SPECIAL = {'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ı': 'i', 'ß': 'ss', 'ʻ': '', 'ʼ': '', 'ø': 'o', 'Ø': 'O', 'æ': 'ae',
           'ɗ': 'd', 'Ɗ': 'D', 'ɓ': 'b', 'Ɓ': 'B', 'ƙ': 'k', 'Ƙ': 'K', 'ƴ': 'y'}

def strip_dia(s):
    s = ''.join(SPECIAL.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return unicodedata.normalize('NFC', ''.join(c for c in s if not unicodedata.combining(c)))
