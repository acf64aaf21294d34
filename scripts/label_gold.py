#!/usr/bin/env python3
"""Writes a corpus gold file from a compact spec, computing every offset.

Usage: python3 scripts/label_gold.py corpus/articles/NNN-slug.spec.py
       (writes NNN-slug.json beside it; keep the spec out of the corpus folder
       or delete it after: the corpus holds .txt and .json only)

The spec is a Python file defining SPEC = dict(txt=..., id=..., title=..., date=...,
date_in_metadata=..., register=..., entities=[(type, name, kb_id, [mention, ...])],
timexes=[(span, type, value)], events=[(type, status, date, trigger, [(role, value)])],
quotes=[(kind, speaker or None, span)], statements=[(trigger, date)] (one per quote
with a named speaker, in order: its statement event, or None for a
continuation quote that belongs to the statement before it), relations=[(type, subject,
object, role)]). A span is 'surface' (every whole-word occurrence; for a trigger or
quote it must be unique) or 'surface#2' / 'surface#1,3' (those occurrences, 1-based).
Mentions of two entities may not overlap. Validate the result with
`cargo test --test corpus_gold` (docs/corpus.md)."""
import json, os, re, sys

def occurrences(text, surface):
    out = []
    for m in re.finditer(re.escape(surface), text):
        s, e = m.start(), m.end()
        before = text[s-1] if s > 0 else ' '
        after = text[e] if e < len(text) else ' '
        if (surface[0].isalnum() and before.isalnum()) or (surface[-1].isalnum() and after.isalnum()):
            continue
        out.append((s, e))
    return out

def spans(text, spec):
    if '#' in spec:
        surface, ns = spec.rsplit('#', 1)
        occ = occurrences(text, surface)
        picked = []
        for n in ns.split(','):
            n = int(n)
            if n > len(occ): raise SystemExit(f'{spec!r}: only {len(occ)} occurrences')
            picked.append(occ[n-1])
        return picked
    occ = occurrences(text, spec)
    if not occ: raise SystemExit(f'{spec!r}: not found')
    return occ

def one(text, spec):
    s = spans(text, spec)
    if len(s) != 1: raise SystemExit(f'{spec!r}: {len(s)} occurrences, say which')
    return s[0]

def build(spec, base='.'):
    # The text file is named relative to the spec's own folder.
    text = open(os.path.join(base, spec['txt']), encoding='utf-8').read()
    g = {k: spec[k] for k in ('id', 'title', 'date', 'date_in_metadata', 'register')}
    ents, taken = [], {}
    for typ, name, kb, ms in spec['entities']:
        mentions = []
        for m in ms:
            for s, e in spans(text, m):
                for (a, b), who in taken.items():
                    if a < e and s < b: raise SystemExit(f'{m!r} of {name} overlaps a mention of {who}')
                taken[(s, e)] = name
                mentions.append({'start': s, 'end': e, 'text': text[s:e]})
        mentions.sort(key=lambda x: x['start'])
        ents.append({'type': typ, 'name': name, 'kb_id': kb, 'mentions': mentions})
    g['entities'] = ents
    tx = []
    for sp, typ, val in spec['timexes']:
        s, e = one(text, sp)
        tx.append({'start': s, 'end': e, 'text': text[s:e], 'type': typ, 'value': val})
    tx.sort(key=lambda x: x['start'])
    g['timexes'] = tx
    evs = []
    for typ, status, date, trig, args in spec['events']:
        s, e = one(text, trig)
        evs.append({'type': typ, 'status': status, 'date': date,
                    'trigger': {'start': s, 'end': e, 'text': text[s:e]},
                    'arguments': [{'role': r, 'value': v} for r, v in args]})
    qs = []
    for kind, speaker, sp in spec['quotes']:
        s, e = one(text, sp)
        qs.append({'kind': kind, 'speaker': speaker, 'start': s, 'end': e, 'text': text[s:e]})
        if speaker is not None:
            evs.append({'type': 'statement', 'status': 'happened', 'date': None,
                        'trigger': None, 'arguments': [('speaker', speaker), ('content', text[s:e])],
                        '_quote': True})
    # statement events: trigger = the saying verb given in spec['statements'] (same order as named quotes)
    st = iter(spec.get('statements', []))
    out_evs = []
    for ev in evs:
        if ev.get('_quote'):
            spec_st = next(st)
            if spec_st is None:
                continue  # a continuation quote: part of the statement before it
            trig, date = spec_st
            s, e = one(text, trig)
            ev = {'type': 'statement', 'status': 'happened', 'date': date,
                  'trigger': {'start': s, 'end': e, 'text': text[s:e]},
                  'arguments': [{'role': r, 'value': v} for r, v in ev['arguments']]}
        out_evs.append(ev)
    g['events'] = out_evs
    g['quotes'] = qs
    g['relations'] = [{'type': t, 'subject': a, 'object': b, 'role': r} for t, a, b, r in spec['relations']]
    return g

if __name__ == '__main__':
    ns = {}
    exec(open(sys.argv[1]).read(), ns)
    g = build(ns['SPEC'], os.path.dirname(os.path.abspath(sys.argv[1])))
    out = sys.argv[1].replace('.spec.py', '.json')
    json.dump(g, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    print('wrote', out, len(g['entities']), 'entities', len(g['timexes']), 'timexes', len(g['events']), 'events', len(g['quotes']), 'quotes')
