#!/usr/bin/env python3
# Writes Examples/panel/ from the demo cohort: three coaches and the founders per startup.
import yaml, hashlib, os, sys
class Loader(yaml.SafeLoader): pass
class Dumper(yaml.SafeDumper): pass
for cls in (Loader, Dumper):
    cls.yaml_implicit_resolvers = {k: [r for r in v if r[0] != 'tag:yaml.org,2002:bool']
                                   for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()}
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rubric = yaml.load(open(f'{root}/Rubrics/investor-readiness.yaml'), Loader=Loader)
crit = {}
for d in rubric['dimensions']:
    for c in d['criteria']:
        crit[f"{d['id']}.{c['id']}"] = c
def h(*parts):
    return int(hashlib.sha256('|'.join(parts).encode()).hexdigest(), 16)
# (assessor, date, share of criteria shifted, shift)
people = {
    'Fatima El Amrani': ('2026-11-24', 0.25, -1),
    'Marieke de Vries': ('2026-11-25', 0.25, +1),
    'Pieter Bakker': ('2026-11-26', 0.30, -1),
    'self': ('2026-11-20', 0.35, +1),
}
startups = {'fennel-health': 'fennel-health', 'helix-bio': 'helix-bio', 'lumen-cryo': 'lumen-cryo',
            'novaderm-labs': 'novaderm-labs', 'ventri-ai': 'ventri-ai'}
def shift(key, value, delta):
    c = crit.get(key)
    if c is None or c.get('weight', 1) == 0: return value
    kind = c['answer']
    if kind == 'choice':
        opts = [o['id'] for o in c['options']]
        scores = {o['id']: o['score'] for o in c['options']}
        order = sorted(opts, key=lambda o: scores[o])
        if str(value) not in order: return value
        i = order.index(str(value)) + delta
        return order[max(0, min(len(order) - 1, i))]
    if kind == 'yes-no':
        if delta < 0 and str(value).lower() in ('true', 'yes'): return 'no'
        if delta > 0 and str(value).lower() in ('false', 'no'): return 'yes'
        return value
    if kind == 'scale':
        lo, hi = c['scale']['min'], c['scale']['max']
        return max(lo, min(hi, int(value) + delta))
    return value
for folder, base in startups.items():
    q = yaml.load(open(f'{root}/Examples/demo-cohort/{base}.yaml'), Loader=Loader)
    os.makedirs(f'{root}/Examples/panel/{folder}', exist_ok=True)
    for name, (date, share, delta) in people.items():
        if folder == 'ventri-ai' and name != 'self':
            share, delta = 0.45, (+2 if name == 'Marieke de Vries' else -2)  # the panel disagrees here
        out = dict(q)
        out['assessor'] = name
        out['date'] = date
        answers = {}
        for key, value in (q.get('answers') or {}).items():
            if h(folder, name, key) % 100 < share * 100:
                if isinstance(value, dict) and 'value' in value:
                    value = dict(value); value['value'] = shift(key, value['value'], delta)
                elif value is not None:
                    value = shift(key, value, delta)
            answers[key] = value
        out['answers'] = answers
        slug = 'self' if name == 'self' else name.lower().replace(' ', '-')
        with open(f'{root}/Examples/panel/{folder}/{slug}.yaml', 'w') as f:
            f.write(f'# Demo panel: {name} on {q["startup"]}, made from Examples/demo-cohort/{base}.yaml.\n')
            yaml.dump(out, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=100)
