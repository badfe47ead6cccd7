#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generate the held-out screening evaluation set (persons.csv, queries.csv, split.csv, README counts).
Standard library only; fixed seed; byte-identical output.   usage: generate.py [OUTDIR]"""
import csv, io, os, random, sys, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import tables
import translit as TL

SEED = 20261128
LATIN_SCRIPT = 'Latn'
CJK = ('Hans', 'Hant', 'Jpan', 'Kore')

def load_sources():
    with open(os.path.join(HERE, 'sources.csv'), encoding='utf-8', newline='') as f:
        return {r['key']: r['url'] for r in csv.DictReader(f)}
SRC = load_sources()

def src_url(key):
    if not key or key == '(compiler)':
        return '(compiler)'
    return SRC[key]

def norm(s):
    s = TL.strip_dia(s)
    s = ''.join(c if c.isalpha() else ' ' for c in s.casefold())
    return ' '.join(s.split())

def lst(x):
    return [a.strip() for a in x.split(',') if a.strip()] if x else []

# ------------------------------------------------------------------ entries
class Entry:
    def __init__(self, t, kind, raw):
        f = (raw.split('|') + [''] * 7)[:7]
        self.t, self.kind = t, kind
        self.raw_stored, self.native = f[0], f[1]
        self.rom, self.sp, self.nick, self.sim, self.cog = lst(f[2]), lst(f[3]), lst(f[4]), lst(f[5]), lst(f[6])

def cyr_fem(w):
    for suf in ('ов', 'ев', 'ёв', 'ин', 'ын'):
        if w.endswith(suf):
            return w + 'а'
    return w

def greek_fem(s):
    if s.endswith('os'): return s[:-2] + 'ou'
    if s.endswith('ides'): return s[:-4] + 'idou'
    if s.endswith('idis'): return s[:-4] + 'idou'
    if s.endswith('is'): return s[:-1]
    return s
GREEK_FEM_NATIVE = {'Παπαδόπουλος': 'Παπαδοπούλου', 'Βλάχος': 'Βλάχου', 'Νικολαΐδης': 'Νικολαΐδου', 'Καραγιάννης': 'Καραγιάννη',
                    'Οικονόμου': 'Οικονόμου'}
def polish_fem(s):
    if s.endswith('ski'): return s[:-1] + 'a'
    if s.endswith('cki'): return s[:-1] + 'a'
    return s

def forms_of(t, e, fem=False):
    """Return dict: stored, native, variants [(form, vtype, srckey)], sims [form], dia (full-diacritic form or '')."""
    src = t['src']
    v = []
    if t.get('cyr'):
        stored_f, others = TL.SCHEMES[t['cyr']]
        nat = cyr_fem(e.native) if (fem and e.kind == 'S' and t.get('fem') == 'slavic') else e.native
        stored = stored_f(nat)
        for fn, key in others:
            v.append((fn(nat), 'rom', key))
        if t['cyr'] == 'ru':
            v.append((TL.ru_bgn(nat).replace('Ye', 'E', 1) if nat[0] in 'Ее' else TL.ru_bgn(nat), 'sp', 'ru_ye'))
        if t['cyr'] == 'uz' and 'ʻ' in stored:
            v.append((stored.replace('ʻ', "'"), 'sp', 'uz_law'))
            v.append((stored.replace('ʻ', '`'), 'sp', 'uz_law'))
        for n in e.nick:
            v.append((TL.ru_press(n) if t['cyr'] in ('ru',) else stored_f(n), 'nick', src.get('nick')))
        for c in e.cog:
            v.append((TL.ru_icao(c), 'cog', src.get('cog')))
            v.append((TL.ru_press(c), 'cog', src.get('cog')))
        sims = [stored_f(cyr_fem(s) if (fem and e.kind == 'S' and t.get('fem') == 'slavic') else s) for s in e.sim]
        out = dict(stored=stored, native=nat, variants=v, sims=sims, dia='')
        if e.kind == 'S' and t.get('fem') == 'slavic' and cyr_fem(e.native) != e.native:
            other = cyr_fem(e.native) if not fem else e.native
            out['swap'] = stored_f(other)
        return out
    stored = e.raw_stored
    fx = (lambda s: s)
    native = e.native
    if fem and e.kind == 'S' and t.get('fem') == 'greek':
        fx = greek_fem; native = GREEK_FEM_NATIVE.get(native, native)
    if fem and e.kind == 'S' and t.get('fem') == 'polish':
        fx = polish_fem
    for r in e.rom: v.append((fx(r), 'rom', src.get('rom')))
    for r in e.sp: v.append((fx(r), 'sp', src.get('sp')))
    for r in e.nick: v.append((r, 'nick', src.get('nick')))
    for r in e.cog: v.append((fx(r), 'cog', src.get('cog')))
    out = dict(stored=fx(stored), native='', variants=v, sims=[fx(s) for s in e.sim], dia='')
    if t['script'] == LATIN_SCRIPT:
        if native and TL.strip_dia(native).lower() == stored.lower() and native != stored:
            out['dia'] = fx(native)
    else:
        out['native'] = native
    if e.kind == 'S' and t.get('fem') in ('greek', 'polish'):
        ff = greek_fem if t['fem'] == 'greek' else polish_fem
        if ff(stored) != stored:
            out['swap'] = stored if fem else ff(stored)
    # drop variants equal to stored
    out['variants'] = [x for x in out['variants'] if x[0] and x[0] != out['stored']]
    return out

# ------------------------------------------------------------------ persons
class Tok:
    def __init__(self, role, entry, forms):
        self.role, self.entry, self.f = role, entry, forms

class Person:
    pass

USAGE = {}
def pick(rng, pool, used=()):
    cands = [e for e in pool if e.raw_stored + e.native not in used] or pool
    key = lambda e: (e.t['key'], e.kind, e.raw_stored, e.native)
    low = min(USAGE.get(key(e), 0) for e in cands)
    cands = [e for e in cands if USAGE.get(key(e), 0) == low]
    e = rng.choice(cands)
    USAGE[key(e)] = USAGE.get(key(e), 0) + 1
    return e

def build_person(t, rng, sex, pools):
    M, F, S = pools['M'], pools['F'], pools['S']
    fem = sex == 'F'
    G = F if fem else M
    st = t['struct']
    def tok(role, e, f=False):
        return Tok(role, e, forms_of(t, e, f))
    g = pick(rng, G)
    toks = [tok('given', g)]
    fam_roles = ()
    if st in ('gf', 'gf2', 'gfmid'):
        if st == 'gf2' and rng.random() < 0.4:
            toks.append(tok('given2', pick(rng, G, {g.raw_stored + g.native})))
        if st == 'gfmid' and not fem and rng.random() < 0.5:
            toks.append(tok('mid', Entry(t, 'MID', t['MID'][0])))
        toks.append(tok('surname', pick(rng, S), fem)); fam_roles = ('surname',)
    elif st == 'arabic3':
        toks.append(tok('father', pick(rng, M, {g.raw_stored + g.native})))
        toks.append(tok('surname', pick(rng, S), fem)); fam_roles = ('surname',)
    elif st == 'patro3':
        f1 = pick(rng, M, {g.raw_stored + g.native})
        toks.append(tok('father', f1)); toks.append(tok('grandfather', pick(rng, M, {f1.raw_stored + f1.native})))
        fam_roles = ('father', 'grandfather')
    elif st == 'patro2':
        toks.append(tok('father', pick(rng, S))); fam_roles = ('father',)
    elif st == 'fg':
        toks.insert(0, tok('surname', pick(rng, S), fem)); fam_roles = ('surname',)
    elif st == 'mono':
        toks[0].role = 'mono'; fam_roles = ('mono',)
    elif st == 'malay':
        toks.append(Tok('bin', None, dict(stored='binti' if fem else 'bin', native='', variants=[], sims=[], dia='')))
        toks.append(tok('father', pick(rng, S))); fam_roles = ('given', 'bin', 'father')
    elif st == 'filipino':
        s1 = pick(rng, S)
        toks.append(tok('middle', s1)); toks.append(tok('surname', pick(rng, S, {s1.raw_stored}))); fam_roles = ('surname',)
    elif st == 'spanish':
        s1 = pick(rng, S)
        toks.append(tok('surname', s1)); toks.append(tok('surname2', pick(rng, S, {s1.raw_stored}))); fam_roles = ('surname', 'surname2')
    elif st == 'portuguese':
        s1 = pick(rng, S)
        toks.append(tok('surname2', s1)); toks.append(tok('surname', pick(rng, S, {s1.raw_stored}))); fam_roles = ('surname2', 'surname')
    p = Person()
    p.t, p.sex, p.toks, p.fam_roles = t, sex, toks, fam_roles
    return p

def fam_forename(p, forms=None):
    forms = forms or {}
    fam = [forms.get(i, x.f['stored']) for i, x in enumerate(p.toks) if x.role in p.fam_roles]
    fore = [forms.get(i, x.f['stored']) for i, x in enumerate(p.toks) if x.role not in p.fam_roles]
    return ' '.join(fam), ' '.join(fore)

def render(p, forms=None, order=None):
    forms = forms or {}
    parts = [forms.get(i, x.f['stored']) for i, x in enumerate(p.toks)]
    parts = [x for x in parts if x]
    if p.t['key'] == 'japanese':
        parts = parts[1:] + parts[:1]          # Japanese shown given-first by default
    if order == 'swap':
        fam = [forms.get(i, x.f['stored']) for i, x in enumerate(p.toks) if x.role in p.fam_roles]
        fore = [forms.get(i, x.f['stored']) for i, x in enumerate(p.toks) if x.role not in p.fam_roles]
        if p.t['order'] == 'FG' or p.t['key'] == 'japanese':
            return ' '.join(fore + fam) if p.t['key'] != 'japanese' else ' '.join(fam + fore)
        return ' '.join(fam + fore)
    return ' '.join(parts)

def native_name(p, rng=None):
    if any(x.entry is not None and not x.f['native'] for x in p.toks) or p.t['script'] == LATIN_SCRIPT:
        return None
    nat = [x.f['native'] for x in p.toks]
    if p.t['script'] in CJK:
        fam = ''.join(x.f['native'] for x in p.toks if x.role in p.fam_roles)
        fore = ''.join(x.f['native'] for x in p.toks if x.role not in p.fam_roles)
        return fam + fore
    s = ' '.join(nat)
    if rng is not None and p.t['script'] == 'Cyrl' and rng.random() < 0.3:
        fam = ' '.join(x.f['native'] for x in p.toks if x.role in p.fam_roles)
        fore = ' '.join(x.f['native'] for x in p.toks if x.role not in p.fam_roles)
        s = fam + ' ' + fore
    return s

# ------------------------------------------------------------------ variation generators (match)
def gen_subst(p, rng, vtypes, roles=None):
    cand = [(i, x) for i, x in enumerate(p.toks) if x.entry is not None and (roles is None or x.role in roles)
            and any(v[1] in vtypes for v in x.f['variants'])]
    if not cand:
        return None
    chosen = [rng.choice(cand)] if rng.random() < 0.7 or len(cand) == 1 else cand
    forms, key = {}, None
    for i, x in chosen:
        vs = [v for v in x.f['variants'] if v[1] in vtypes]
        v = rng.choice(vs)
        forms[i] = v[0]
        key = key or v[2]
    return render(p, forms), key

def g_romanisation(p, rng):
    if p.t['script'] in ('Hans', 'Hant'):
        # Chinese: one system for the whole name (Wade-Giles for mainland persons, pinyin for the others)
        forms, key = {}, None
        for i, x in enumerate(p.toks):
            vs = [v for v in x.f['variants'] if v[1] == 'rom']
            if p.t['key'] != 'chinese_mainland':
                vs = [v for v in vs if '-' not in v[0] and "'" not in v[0]]
            if vs:
                v = rng.choice(vs); forms[i] = v[0]; key = key or v[2]
        if not forms:
            return None
        return render(p, forms), key
    return gen_subst(p, rng, ('rom',))
def g_spelling(p, rng): return gen_subst(p, rng, ('sp',))
def g_nickname(p, rng): return gen_subst(p, rng, ('nick',), roles=('given', 'given2', 'mono'))
def g_cognate(p, rng): return gen_subst(p, rng, ('cog',))

def g_diacritics(p, rng):
    d = render(p)
    s = TL.strip_dia(d)
    if s != d:
        words = d.split(' ')
        idx = [i for i, w in enumerate(words) if TL.strip_dia(w) != w]
        if len(idx) > 1 and rng.random() < 0.5:
            i = rng.choice(idx); words[i] = TL.strip_dia(words[i]); s = ' '.join(words)
        return s, p.t['src'].get('rom') if p.t['script'] != LATIN_SCRIPT else 'icao9303'
    forms = {i: x.f['dia'] for i, x in enumerate(p.toks) if x.f.get('dia')}
    if forms:
        return render(p, forms), ('vi_names' if p.t['key'] == 'vietnamese' else '(compiler)')
    return None

def g_original(p, rng):
    n = native_name(p, rng)
    return (n, '(compiler)') if n else None

def g_order(p, rng):
    if p.t['struct'] in ('mono', 'malay'):
        return None
    s = render(p, order='swap')
    if p.t['order'] != 'FG' and p.t['key'] != 'japanese' and rng.random() < 0.5:
        fam, fore = fam_forename(p)
        s = fam.upper() + ', ' + fore
    return s, p.t['src'].get('conv')

def mrz_clean(s, german):
    if german:
        for a, b in (('Ä', 'AE'), ('Ö', 'OE'), ('Ü', 'UE'), ('ä', 'ae'), ('ö', 'oe'), ('ü', 'ue')):
            s = s.replace(a, b)
    s = TL.strip_dia(s).upper()
    s = s.replace("'", '').replace('’', '').replace('`', '')
    out = ''.join(c if 'A' <= c <= 'Z' else ('<' if c in ' -,' else '') for c in s)
    return out

def g_mrz(p, rng):
    fam, fore = fam_forename(p)
    g = p.t['key'] == 'german'
    s = mrz_clean(fam, g)
    if fore:
        s += '<<' + mrz_clean(fore, g)
    s = s[:39].rstrip('<')
    return s, 'icao9303'

def g_partial(p, rng):
    st = p.t['struct']
    roles = [x.role for x in p.toks]
    drop = None
    forms = {}
    if st == 'arabic3': drop = 'father'
    elif st == 'spanish': drop = 'surname2'
    elif st == 'portuguese': drop = 'surname2'
    elif st == 'patro3': drop = 'grandfather'
    elif st == 'filipino':
        if rng.random() < 0.5: drop = 'middle'
        else:
            i = roles.index('middle'); forms[i] = p.toks[i].f['stored'][0] + '.'
    elif 'given2' in roles: drop = 'given2'
    elif 'mid' in roles: drop = 'mid'
    elif st == 'patro2':
        i = roles.index('father'); ini = p.toks[i].f['stored'][0] + '.'
        g = p.toks[roles.index('given')].f['stored']
        return (ini + ' ' + g if rng.random() < 0.6 else g + ' ' + ini), p.t['src'].get('part')
    elif p.t['key'] == 'vietnamese':
        i = roles.index('given'); w = p.toks[i].f['stored'].split()
        if len(w) == 2: forms[i] = w[1]
        else: return None
    else:
        return None
    if drop:
        forms[roles.index(drop)] = ''
    s = render(p, forms)
    return ' '.join(s.split()), p.t['src'].get('part')

def compound_variants(s, t):
    out = []
    import re
    for art in ('Al-', 'El-', 'al-', 'Ash-', 'At-', 'Az-', 'Ad-'):
        if art in s:
            base = s.replace(art, '')
            out += [s.replace(art, 'Al '), s.replace(art, 'El '), s.replace(art, art[:-1]), base]
    for a, bs in (('Abdul Rahman', ['Abdulrahman', 'Abd al-Rahman', 'Abdel Rahman']), ('Abdulrahman', ['Abdul Rahman', 'Abdel-Rahman']),
                  ('Abdullah', ['Abd Allah', 'Abd-Allah']), ('Abdulaziz', ['Abdul Aziz', 'Abd al-Aziz']), ('Abdel Fattah', ['Abdelfattah', 'Abd el-Fattah']),
                  ('Abdelkader', ['Abdel Kader', 'Abd el-Kader']), ('Abdul Rahim', ['Abdulrahim', 'Abdul-Rahim']), ('Abdul Karim', ['Abdulkarim', 'Abdul-Karim']),
                  ('Abdirahman', ['Abdi Rahman', 'Abdi-Rahman']), ('Noureddine', ['Nour Eddine', 'Nour-Eddine']),
                  ('Mohammad Reza', ['Mohammadreza', 'Mohammad-Reza']), ('Ahmad Shah', ['Ahmadshah', 'Ahmad-Shah']),
                  ('zadeh', [' Zadeh', '-Zadeh']), ('ullah', [' Ullah', '-ullah']), ('Ben', ['Ben ', 'Ben-']), ('Bin ', ['Bin', 'Bin-']),
                  (' bin ', [' b. ', ' ', ' B ']), (' binti ', [' bte ', ' bt ', ' ']), ('Ait ', ['Aït ', 'Ait-', 'Ait']),
                  ('Dela Cruz', ['De la Cruz', 'Delacruz', 'Dela-Cruz']), ('De Guzman', ['DeGuzman', 'de Guzman']),
                  ('de la Cruz', ['De La Cruz', 'Delacruz', 'de-la-Cruz']), (' da ', [' Da ', ' ']), (' dos ', [' Dos ', ' ']),
                  (' de ', [' De ', ' ']), ('von ', ['Von ', 'v. ']), ('Le ', ['Le', 'Le-']), ("O'", ['O ', 'O']), ('Mc', ['Mac', 'Mc ']),
                  ('-', [' ', '']), ('Sae', ['Sae-', 'Sae ']), ('Hossein', ['Hossein-', 'Hossein ']), ('Ali', ['Ali ', 'Ali-'])):
        if a in s:
            for b in bs:
                r = s.replace(a, b, 1)
                if a == 'Ben' and not re.search(r'\bBen[a-z]', s): continue
                if a in ('Hossein', 'Ali') and 'zadeh' not in s: continue
                if a == 'Sae' and 'Saetang' not in s: continue
                if a == 'Mc' and 'McDonald' not in s: continue
                if a == 'ullah' and 'Abdullah' in s: continue
                out.append(r)
    if t['struct'] == 'spanish':
        w = s.split(' ')
    return [' '.join(x.split()) for x in out if ' '.join(x.split()) != s]

def g_compound(p, rng):
    s = render(p)
    c = compound_variants(s, p.t)
    if p.t['struct'] == 'spanish':
        i1, i2 = [k for k, x in enumerate(p.toks) if x.role in ('surname', 'surname2')]
        a, b = p.toks[i1].f['stored'], p.toks[i2].f['stored']
        g = render(p, {i1: '', i2: ''}).strip()
        c += [g + ' ' + a + ' y ' + b, g + ' ' + a + '-' + b]
    if p.t['struct'] == 'mono' and p.t['key'] == 'burmese':
        c += [('Daw ' if p.sex == 'F' else 'U ') + s]
        return (rng.choice(c), 'my_names') if c else None
    if p.t['struct'] == 'patro3' and p.t['key'] == 'somali':
        fam, fore = fam_forename(p)
        c += [fore + ' ' + fam.replace(' ', '-')]
    import re
    c = [re.sub(r'(\w)((?:[A-Z][a-z]+)+)', lambda m: m.group(1) + m.group(2).lower(), x) if '-' in s and '-' not in x and ' ' not in x.replace(' ', '') else x for x in c]
    c = [re.sub(r'\b(Al|El|Ben|Ait|Le)([A-Z])', lambda m: m.group(1) + m.group(2).lower(), x) for x in c]
    c = [re.sub(r'([a-z])([A-Z])', lambda m: m.group(1) + m.group(2).lower(), x) if not re.search(r'\b(Mc|Mac|De)[A-Z]', x) else x for x in c]
    c = [re.sub(r'\b(Ben|Bin|Sae)([ -])([a-z])', lambda m: m.group(1) + m.group(2) + m.group(3).upper(), x) for x in c]
    c = sorted(set(x for x in c if x != s))
    if not c:
        return None
    return rng.choice(c), p.t['src'].get('part')

KEYB = {}
rows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
for r in rows:
    for i, ch in enumerate(r):
        KEYB[ch] = (r[i - 1] if i else '') + (r[i + 1] if i + 1 < len(r) else '')

def g_typo(p, rng, known):
    d = render(p)
    words = d.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 4 and w.isascii() and w.isalpha()]
    if not idx:
        return None
    for _ in range(20):
        i = rng.choice(idx); w = words[i]
        k = rng.randrange(1, len(w) - 1)
        op = rng.choice(['sub', 'del', 'swap', 'dup'])
        if op == 'sub':
            c = w[k].lower(); nb = KEYB.get(c, '')
            if not nb: continue
            n = w[:k] + rng.choice(nb) + w[k + 1:]
        elif op == 'del': n = w[:k] + w[k + 1:]
        elif op == 'swap':
            if w[k] == w[k + 1] if k + 1 < len(w) else True: continue
            n = w[:k] + w[k + 1] + w[k] + w[k + 2:]
        else: n = w[:k] + w[k] + w[k:]
        if norm(n) in known or n == w:
            continue
        words2 = list(words); words2[i] = n
        return ' '.join(words2), '(compiler)'
    return None

# ------------------------------------------------------------------ nomatch generators
def g_similar(p, rng, pools):
    opts = []
    for i, x in enumerate(p.toks):
        if x.entry is None: continue
        if x.f.get('swap') and x.role in ('surname',):
            opts.append(('swap', i))
        if x.f['sims']:
            opts.append(('sim', i))
    if not opts:
        return None
    kind, i = rng.choice(opts)
    x = p.toks[i]
    if kind == 'swap':
        forms = {i: x.f['swap']}
        gi = [k for k, y in enumerate(p.toks) if y.role == 'given'][0]
        g = p.toks[gi]
        fem_given = None
        FEMF = {'Александр': 'Александра', 'Евгений': 'Евгения', 'Олександр': 'Олександра', 'Ерлан': None}
        if p.sex == 'M' and p.t.get('cyr') and FEMF.get(g.entry.native):
            fem_given = TL.SCHEMES[p.t['cyr']][0](FEMF[g.entry.native])
        if fem_given is None or rng.random() < 0.4:
            pool = pools['M' if p.sex == 'F' else 'F']
            fem_given = forms_of(p.t, rng.choice(pool))['stored']
        forms[gi] = fem_given
        return render(p, forms), '(compiler)', ('F' if p.sex == 'M' else 'M')
    return render(p, {i: rng.choice(x.f['sims'])}), '(compiler)', None

def g_shared(p, rng, pools):
    if p.t['struct'] in ('mono', 'malay'):
        return None
    i = [k for k, x in enumerate(p.toks) if x.role == 'given'][0]
    x = p.toks[i]
    pool = pools['F' if p.sex == 'F' else 'M']
    own = {norm(x.f['stored'])} | {norm(v[0]) for v in x.f['variants']} | {norm(s) for s in x.f['sims']}
    cands = [e for e in pool if norm(forms_of(p.t, e)['stored']) not in own]
    if not cands:
        return None
    e = rng.choice(cands)
    return render(p, {i: forms_of(p.t, e)['stored']}), '(compiler)', None

# ------------------------------------------------------------------ main
MATCH_TOTAL = 1375
MATCH_T = [('spelling_variant', 170), ('original_script', 150), ('exonym_cognate', 45),
           ('compound_particle', 100), ('mrz', 110), ('order', 115), ('diacritics', 95),
           ('partial', 120), ('nickname', 80), ('romanisation', 250), ('typo', 140)]
NOMATCH_T = [('similar_name', 500), ('shared_surname', 350), ('same_name_other_dob', 275)]

def main(outdir):
    rng = random.Random(SEED)
    persons = []
    allknown = set()
    for t in tables.T:
        pools = {k: [Entry(t, k, r) for r in t.get(k, [])] for k in ('M', 'F', 'S')}
        if not pools['S']:
            pools['S'] = pools['M']
        t['_pools'] = pools
        for k in ('M', 'F', 'S'):
            for e in pools[k]:
                for fem in (False, True):
                    f = forms_of(t, e, fem)
                    allknown.add(norm(f['stored']))
                    for v in f['variants']:
                        allknown.add(norm(v[0]))
                    for s in f['sims']:
                        allknown.add(norm(s))
        seen = set()
        for i in range(t['n']):
            for _ in range(50):
                sex = 'F' if rng.random() < 0.3 else 'M'
                p = build_person(t, rng, sex, pools)
                key = norm(render(p))
                if key not in seen:
                    break
            seen.add(key)
            persons.append(p)
    # ids, nationality, dob
    N = len(persons)
    yo = set(rng.sample(range(N), round(0.11 * N)))
    nonlatin = [k for k, p in enumerate(persons) if p.t['script'] != LATIN_SCRIPT]
    eligible = [k for k in nonlatin if native_name(persons[k])]
    k_orig = round(0.41 * len(nonlatin))
    orig = set()
    bytr = {}
    for k in eligible:
        bytr.setdefault(persons[k].t['key'], []).append(k)
    for tk in sorted(bytr):
        ks = bytr[tk]
        q = max(1, round(len(ks) * k_orig / len(eligible)))
        orig.update(rng.sample(ks, min(q, len(ks))))
    while len(orig) > k_orig:
        orig.discard(sorted(orig)[rng.randrange(len(orig))])
    for k, p in enumerate(persons):
        p.pid = 'P%04d' % (k + 1)
        nats = p.t['nats']
        p.nat = nats[0] if rng.random() < 0.6 else rng.choice(nats)
        y = rng.randint(1958, 2004)
        p.year = y
        p.dob = str(y) if k in yo else '%04d-%02d-%02d' % (y, rng.randint(1, 12), rng.randint(1, 28))
        p.fam, p.fore = fam_forename(p)
        p.ofam = p.ofore = ''
        if k in orig:
            p.ofam = ('' if p.t['script'] in CJK else ' ').join(x.f['native'] for x in p.toks if x.role in p.fam_roles)
            p.ofore = ('' if p.t['script'] in CJK else ' ').join(x.f['native'] for x in p.toks if x.role not in p.fam_roles)
    queries = []
    used = {p.pid: {norm(render(p))} for p in persons}
    matchnames = {p.pid: set() for p in persons}
    gens = {'romanisation': g_romanisation, 'spelling_variant': g_spelling, 'original_script': g_original,
            'exonym_cognate': g_cognate, 'compound_particle': g_compound, 'mrz': g_mrz, 'order': g_order,
            'diacritics': g_diacritics, 'partial': g_partial, 'nickname': g_nickname}
    def match_fields(p):
        r = rng.random()
        if '-' in p.dob:
            dob = p.dob if r < 0.30 else (str(p.year) if r < 0.53 else '')
        else:
            dob = str(p.year) if r < 0.45 else ''
        nat = p.nat if rng.random() < 0.54 else ''
        sex = p.sex if rng.random() < 0.42 else ''
        return dob, sex, nat
    nmatch = 0
    for var, target in MATCH_T:
        if var == 'romanisation':
            target = max(target, MATCH_TOTAL - nmatch - 140)
        if var == 'typo':
            target = MATCH_TOTAL - nmatch
        got = 0
        order = list(range(N)); rng.shuffle(order)
        for rnd in range(12):
            new = 0
            for k in order:
                if got >= target: break
                p = persons[k]
                if var == 'typo':
                    r = g_typo(p, rng, allknown)
                else:
                    r = gens[var](p, rng)
                if not r: continue
                name, key = r
                nn = norm(name) if var != 'original_script' else name
                if var == 'mrz': nn = 'mrz:' + name
                if var == 'diacritics': nn = 'dia:' + name
                if not name or nn in used[p.pid] or (var not in ('original_script', 'mrz', 'order', 'diacritics') and name == render(p)):
                    continue
                if var == 'order' and name == render(p):
                    continue
                used[p.pid].add(nn); matchnames[p.pid].add(norm(name))
                dob, sex, nat = match_fields(p)
                queries.append(dict(person_id=p.pid, expected='match', tradition=p.t['key'], variation=var, name=name,
                                    date_of_birth=dob, sex=sex, nationality=nat, source=src_url(key)))
                got += 1; new += 1
            if got >= target or new == 0: break
        nmatch += got
    m_count = {p.pid: sum(1 for q in queries if q['person_id'] == p.pid) for p in persons}
    nm_count = {p.pid: 0 for p in persons}
    def other_dob(p, lo, hi, full):
        d = rng.randint(lo, hi) * rng.choice((-1, 1))
        y = p.year + d
        if y < 1935 or y > 2010: y = p.year - d
        if full or rng.random() < 0.7:
            return '%04d-%02d-%02d' % (y, rng.randint(1, 12), rng.randint(1, 28))
        return str(y)
    for var, target in NOMATCH_T:
        got = 0
        order = list(range(N)); rng.shuffle(order)
        for rnd in range(12):
            new = 0
            for k in order:
                if got >= target: break
                p = persons[k]
                if nm_count[p.pid] >= m_count[p.pid] + 2 + rnd:
                    continue
                pools = p.t['_pools']
                forced = None
                if var == 'similar_name':
                    r = g_similar(p, rng, pools)
                    if not r: continue
                    name, key, forced = r
                elif var == 'shared_surname':
                    r = g_shared(p, rng, pools)
                    if not r: continue
                    name, key, forced = r
                else:
                    name, key = render(p), '(compiler)'
                    if rng.random() < 0.3:
                        r = g_romanisation(p, rng)
                        if r: name, key = r
                    nn = 'same:' + norm(name) + str(rnd)
                if var != 'same_name_other_dob':
                    nn = norm(name)
                    if nn in matchnames[p.pid] or nn == norm(render(p)) or ('nm:' + nn) in used[p.pid]:
                        continue
                    used[p.pid].add('nm:' + nn)
                else:
                    if nn in used[p.pid]: continue
                    used[p.pid].add(nn)
                if var == 'same_name_other_dob':
                    dob = other_dob(p, 8, 22, True)
                else:
                    dob = other_dob(p, 3, 22, False)
                sex = forced or (p.sex if rng.random() < 0.42 else '')
                nat = p.nat if rng.random() < 0.54 else ''
                nm_count[p.pid] += 1
                queries.append(dict(person_id=p.pid, expected='nomatch', tradition=p.t['key'], variation=var, name=name,
                                    date_of_birth=dob, sex=sex, nationality=nat, source=src_url(key)))
                got += 1; new += 1
            if got >= target or new == 0: break
    rng.shuffle(queries)
    for i, q in enumerate(queries):
        q['query_id'] = 'Q%05d' % (i + 1)
    write(outdir, persons, queries)
    return persons, queries

def csv_bytes(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode('utf-8')

PH = ['person_id', 'tradition', 'family_name', 'forenames', 'original_script_family', 'original_script_forenames', 'script',
      'sex', 'date_of_birth', 'nationality']
QH = ['query_id', 'person_id', 'expected', 'tradition', 'variation', 'name', 'date_of_birth', 'sex', 'nationality', 'source']

def write(outdir, persons, queries):
    os.makedirs(outdir, exist_ok=True)
    prow = [[p.pid, p.t['key'], p.fam, p.fore, p.ofam, p.ofore, p.t['script'], p.sex, p.dob, p.nat] for p in persons]
    qrow = [[q[h] for h in QH] for q in queries]
    srow = [[q['query_id'], 'heldout'] for q in queries]
    for fn, data in (('persons.csv', csv_bytes(PH, prow)), ('queries.csv', csv_bytes(QH, qrow)),
                     ('split.csv', csv_bytes(['query_id', 'half'], srow))):
        with open(os.path.join(outdir, fn), 'wb') as f:
            f.write(data)

if __name__ == '__main__':
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)
    ps, qs = main(out)
    from collections import Counter
    print(len(ps), 'persons;', len(qs), 'queries')
    print(Counter((q['expected'], q['variation']) for q in qs))
