#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Validate the held-out screening set.  Exit status 1 on any error.
usage: python3 build/check.py [--rebuild]     (--rebuild regenerates into a temp dir and compares bytes)"""
import csv, datetime, io, os, re, subprocess, sys, tempfile, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ERR = []
def err(msg):
    ERR.append(msg)

PH = ['person_id', 'tradition', 'family_name', 'forenames', 'original_script_family', 'original_script_forenames', 'script',
      'sex', 'date_of_birth', 'nationality']
QH = ['query_id', 'person_id', 'expected', 'tradition', 'variation', 'name', 'date_of_birth', 'sex', 'nationality', 'source']
SH = ['query_id', 'half']
MATCH_V = {'romanisation', 'original_script', 'exonym_cognate', 'compound_particle', 'mrz', 'order', 'typo', 'diacritics',
           'partial', 'nickname', 'spelling_variant'}
NOMATCH_V = {'similar_name', 'shared_surname', 'same_name_other_dob'}
SCRIPTS = {'Latn', 'Cyrl', 'Arab', 'Hebr', 'Geor', 'Grek', 'Armn', 'Deva', 'Beng', 'Taml', 'Telu', 'Sinh', 'Ethi', 'Hans',
           'Hant', 'Kore', 'Jpan', 'Thai', 'Khmr', 'Mymr'}
ISO2 = set('AE AF AM AO AT AU BA BD BE BJ BN BR CN CO CY DE DJ DZ EG ER ET FR GB GE GR GT HK HN ID IE IL IN IQ IR JO JP KG KH '
           'KP KR KW KZ LB LK MA ME MM MN MX MY NE NG PE PH PK PL PS PT QA RS RU SA SG SO SV SY TH TJ TN TR TW UA US UZ VE VN YE'.split())

def read(fn, header):
    path = os.path.join(ROOT, fn)
    if not os.path.exists(path):
        err('%s missing' % fn); return []
    data = open(path, 'rb').read()
    if data.startswith(b'\xef\xbb\xbf'): err('%s has a BOM' % fn)
    try:
        text = data.decode('utf-8')
    except UnicodeDecodeError as e:
        err('%s is not UTF-8: %s' % (fn, e)); return []
    if data.count(b'\n') != data.count(b'\r\n') or not data.endswith(b'\r\n'):
        err('%s: not all line ends are CRLF' % fn)
    rows = list(csv.reader(io.StringIO(text, newline='')))
    if not rows or rows[0] != header:
        err('%s: header %r != %r' % (fn, rows[0] if rows else None, header)); return []
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows: w.writerow(r)
    if buf.getvalue().encode('utf-8') != data:
        err('%s: not minimal RFC 4180 quoting (re-serialisation differs)' % fn)
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            err('%s line %d: %d fields' % (fn, i, len(r))); continue
        out.append(dict(zip(header, r)))
    return out

def is_latin_text(s):
    for c in s:
        if c.isalpha() and 'LATIN' not in unicodedata.name(c, '') and not unicodedata.name(c, '').startswith('MODIFIER LETTER'):
            return False
    return True

def has_nonlatin(s):
    return any(c.isalpha() and 'LATIN' not in unicodedata.name(c, '') and not unicodedata.name(c, '').startswith('MODIFIER LETTER') for c in s)

SPECIAL = {'ł': 'l', 'đ': 'd', 'ı': 'i', 'ß': 'ss', 'ʻ': '', 'ʼ': '', 'ɗ': 'd'}
def norm(s):
    s = ''.join(SPECIAL.get(c, c) for c in s.casefold())
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    s = ''.join(c if c.isalpha() else ' ' for c in s)
    return ' '.join(s.split())

def dob_ok(s, allow_year=True):
    if re.fullmatch(r'\d{4}', s):
        return allow_year and 1900 <= int(s) <= 2026
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', s):
        try:
            datetime.date.fromisoformat(s); return True
        except ValueError:
            return False
    return False

def frac(n, d):
    return n / d if d else 0.0

def main():
    srcs = {}
    with open(os.path.join(HERE, 'sources.csv'), encoding='utf-8', newline='') as f:
        for r in csv.DictReader(f):
            srcs[r['url']] = r['key']
    persons = read('persons.csv', PH)
    queries = read('queries.csv', QH)
    split = read('split.csv', SH)
    if not os.path.exists(os.path.join(ROOT, 'README.md')): err('README.md missing')
    P = {}
    for p in persons:
        pid = p['person_id']
        if not re.fullmatch(r'P\d{4}', pid) or pid in P: err('bad/duplicate person_id %s' % pid)
        P[pid] = p
        if p['script'] not in SCRIPTS: err('%s: script %s' % (pid, p['script']))
        if p['sex'] not in ('M', 'F'): err('%s: sex %r' % (pid, p['sex']))
        if not dob_ok(p['date_of_birth']): err('%s: dob %r' % (pid, p['date_of_birth']))
        if p['nationality'] not in ISO2: err('%s: nationality %r' % (pid, p['nationality']))
        if not (p['family_name'] or p['forenames']): err('%s: no name' % pid)
        if not p['tradition']: err('%s: no tradition' % pid)
        for k in ('family_name', 'forenames'):
            if not is_latin_text(p[k]) or p[k] != p[k].strip() or '  ' in p[k]: err('%s: %s not clean Latin %r' % (pid, k, p[k]))
        o = p['original_script_family'] + p['original_script_forenames']
        if o and p['script'] == 'Latn': err('%s: original script on a Latin-script person' % pid)
        if o and not has_nonlatin(o): err('%s: original script field is Latin' % pid)
    n = len(persons)
    trads = Counter(p['tradition'] for p in persons)
    if not 240 <= n <= 270: err('persons: %d (expected ~250)' % n)
    if len(trads) < 35: err('traditions: %d < 35' % len(trads))
    nonlat = [p for p in persons if p['script'] != 'Latn']
    filled = [p for p in nonlat if p['original_script_family'] or p['original_script_forenames']]
    if not 0.35 <= frac(len(filled), len(nonlat)) <= 0.47: err('original-script fill %.2f' % frac(len(filled), len(nonlat)))
    yo = sum(1 for p in persons if len(p['date_of_birth']) == 4)
    if not 0.09 <= frac(yo, n) <= 0.13: err('year-only DOB share %.3f' % frac(yo, n))
    keys = Counter((norm(p['family_name'] + ' ' + p['forenames']), p['date_of_birth']) for p in persons)
    for k, c in keys.items():
        if c > 1: err('duplicate person %r' % (k,))

    Q = {}
    matchnames = defaultdict(set)
    for q in queries:
        if q['expected'] == 'match':
            matchnames[q['person_id']].add(norm(q['name']))
    cnt = Counter()
    stats = Counter()
    for q in queries:
        qid = q['query_id']
        if not re.fullmatch(r'Q\d{5}', qid) or qid in Q: err('bad/duplicate query_id %s' % qid)
        Q[qid] = q
        p = P.get(q['person_id'])
        if p is None: err('%s: unknown person %s' % (qid, q['person_id'])); continue
        if q['tradition'] != p['tradition']: err('%s: tradition mismatch' % qid)
        e, v = q['expected'], q['variation']
        cnt[(e, v)] += 1
        if not ((e == 'match' and v in MATCH_V) or (e == 'nomatch' and v in NOMATCH_V)): err('%s: %s/%s' % (qid, e, v))
        name = q['name']
        if not name or name != name.strip() or '  ' in name: err('%s: unclean name %r' % (qid, name))
        if q['source'] != '(compiler)' and q['source'] not in srcs: err('%s: source not in build/sources.csv: %s' % (qid, q['source']))
        if q['sex'] not in ('', 'M', 'F'): err('%s: sex %r' % (qid, q['sex']))
        if q['nationality'] not in ISO2 | {''}: err('%s: nationality %r' % (qid, q['nationality']))
        d = q['date_of_birth']
        if d and not dob_ok(d): err('%s: dob %r' % (qid, d))
        pyear = int(p['date_of_birth'][:4])
        if v == 'original_script':
            if not has_nonlatin(name) or p['script'] == 'Latn': err('%s: original_script query not in a non-Latin script' % qid)
            stats['orig_vs_stored' if (p['original_script_family'] or p['original_script_forenames']) else 'orig_vs_latinonly'] += 1
        elif not is_latin_text(name):
            err('%s: non-Latin letters in a %s query' % (qid, v))
        if v == 'mrz' and not (re.fullmatch(r'[A-Z<]+', name) and len(name) <= 39): err('%s: bad MRZ name %r' % (qid, name))
        if e == 'match':
            stats['m'] += 1
            if q['nationality'] not in ('', p['nationality']): err('%s: wrong nationality on a match' % qid)
            if q['sex'] not in ('', p['sex']): err('%s: wrong sex on a match' % qid)
            if q['nationality']: stats['m_nat'] += 1
            if q['sex']: stats['m_sex'] += 1
            if not d: stats['m_dob_empty'] += 1
            elif len(d) == 4:
                stats['m_dob_year'] += 1
                if int(d) != pyear: err('%s: match DOB year differs' % qid)
            else:
                stats['m_dob_full'] += 1
                if d != p['date_of_birth']: err('%s: match full DOB differs (or person has year only)' % qid)
            if v != 'original_script' and norm(name) == '' : err('%s: empty normalised name' % qid)
        else:
            stats['n'] += 1
            if not d: err('%s: nomatch without DOB' % qid); continue
            diff = abs(int(d[:4]) - pyear)
            if v == 'same_name_other_dob':
                if len(d) != 10 or not 8 <= diff <= 22: err('%s: same_name_other_dob DOB rule (%s vs %s)' % (qid, d, p['date_of_birth']))
            else:
                if not 3 <= diff <= 22: err('%s: %s DOB %d years away' % (qid, v, diff))
                stats['n_sim_full' if len(d) == 10 else 'n_sim_year'] += 1
                own = sorted(norm(p['family_name'] + ' ' + p['forenames']).split())
                if sorted(norm(name).split()) == own: err('%s: %s name equals the person name' % (qid, v))
                if norm(name) in matchnames[q['person_id']]: err('%s: %s name equals a match query of the person' % (qid, v))
            if q['sex'] and q['sex'] != p['sex'] and v != 'similar_name': err('%s: sex differs outside similar_name' % qid)
    nq = len(queries)
    if not 2300 <= nq <= 2700: err('queries: %d (expected ~2500)' % nq)
    if not 0.52 <= frac(stats['m'], nq) <= 0.58: err('match share %.3f' % frac(stats['m'], nq))
    m = stats['m']
    for k, lo, hi in (('m_dob_full', 0.25, 0.35), ('m_dob_year', 0.18, 0.28), ('m_dob_empty', 0.40, 0.52),
                      ('m_nat', 0.49, 0.59), ('m_sex', 0.37, 0.47)):
        if not lo <= frac(stats[k], m) <= hi: err('%s share %.3f outside [%.2f, %.2f]' % (k, frac(stats[k], m), lo, hi))
    ns = stats['n_sim_full'] + stats['n_sim_year']
    if not 0.62 <= frac(stats['n_sim_full'], ns) <= 0.78: err('similar/shared full-date share %.3f' % frac(stats['n_sim_full'], ns))
    for v in MATCH_V | NOMATCH_V:
        if sum(c for (e, vv), c in cnt.items() if vv == v) < 20: err('variation %s has < 20 queries' % v)
    if stats['orig_vs_stored'] < 20 or stats['orig_vs_latinonly'] < 20:
        err('original_script queries: %d vs stored-original, %d vs Latin-only persons' % (stats['orig_vs_stored'], stats['orig_vs_latinonly']))
    if [s['query_id'] for s in split] != [q['query_id'] for q in queries]: err('split.csv ids differ from queries.csv')
    if any(s['half'] != 'heldout' for s in split): err('split.csv: half other than heldout')

    try:
        sys.path.insert(0, HERE)
        import make_readme
        if open(os.path.join(ROOT, 'README.md'), encoding='utf-8').read() != make_readme.render():
            err('README.md is not current: run python3 build/make_readme.py')
    except Exception as e:
        err('README check failed: %s' % e)
    if '--rebuild' in sys.argv:
        with tempfile.TemporaryDirectory() as tmp:
            r = subprocess.run([sys.executable, os.path.join(HERE, 'generate.py'), tmp], capture_output=True, text=True)
            if r.returncode != 0:
                err('rebuild failed: ' + r.stderr[-500:])
            else:
                for fn in ('persons.csv', 'queries.csv', 'split.csv'):
                    a = open(os.path.join(ROOT, fn), 'rb').read()
                    b = open(os.path.join(tmp, fn), 'rb').read()
                    if a != b: err('rebuild: %s differs from a fresh generation' % fn)
                    else: print('rebuild: %s byte-identical (%d bytes)' % (fn, len(a)))
    print('persons %d, traditions %d, queries %d (match %d, nomatch %d)' % (n, len(trads), nq, stats['m'], stats['n']))
    print('original-script fill: %d/%d non-Latin persons; original_script queries vs stored-original %d, vs Latin-only %d'
          % (len(filled), len(nonlat), stats['orig_vs_stored'], stats['orig_vs_latinonly']))
    if ERR:
        for e in ERR[:60]: print('ERROR:', e)
        print('%d error(s)' % len(ERR))
        sys.exit(1)
    print('OK')

if __name__ == '__main__':
    main()
