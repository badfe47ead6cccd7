#!/usr/bin/env python3
"""Print the count tables used in README.md (persons and queries per tradition, queries per variation, sources)."""
import csv, os
from collections import Counter
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P = list(csv.DictReader(open(os.path.join(ROOT, 'persons.csv'), encoding='utf-8', newline='')))
Q = list(csv.DictReader(open(os.path.join(ROOT, 'queries.csv'), encoding='utf-8', newline='')))
S = {r['url']: r['key'] for r in csv.DictReader(open(os.path.join(ROOT, 'build', 'sources.csv'), encoding='utf-8', newline=''))}
pt = Counter(p['tradition'] for p in P)
sc = {p['tradition']: p['script'] for p in P}
orig = Counter(p['tradition'] for p in P if p['original_script_family'] or p['original_script_forenames'])
qm = Counter(q['tradition'] for q in Q if q['expected'] == 'match')
qn = Counter(q['tradition'] for q in Q if q['expected'] == 'nomatch')
print('| tradition | script | persons | with original script | match queries | nomatch queries |')
print('|---|---|---:|---:|---:|---:|')
for t in sorted(pt, key=lambda t: (-pt[t], t)):
    print('| %s | %s | %d | %d | %d | %d |' % (t, sc[t], pt[t], orig[t], qm[t], qn[t]))
print('| **total** (%d traditions) | | %d | %d | %d | %d |' % (len(pt), len(P), sum(orig.values()), sum(qm.values()), sum(qn.values())))
print()
vc = Counter((q['expected'], q['variation']) for q in Q)
print('| expected | variation | queries | source column = a public page |')
print('|---|---|---:|---:|')
for (e, v), c in sorted(vc.items(), key=lambda x: (x[0][0], -x[1])):
    cited = sum(1 for q in Q if q['expected'] == e and q['variation'] == v and q['source'] != '(compiler)')
    print('| %s | %s | %d | %d |' % (e, v, c, cited))
print()
sk = Counter(S.get(q['source'], '(compiler)') for q in Q)
print('| source key | queries citing it |')
print('|---|---:|')
for k, c in sk.most_common():
    print('| %s | %d |' % (k, c))
