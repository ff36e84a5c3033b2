import json,sys
for n in sys.argv[1:]:
    d=json.load(open(f'out/{n}.json'))
    print(f"===== {n} {d['scenario']} persona={d['persona']} outcome={d['outcome']} end={d['end_reason']} score={d['score']} passed={d['passed']} tier={d['tier']} critical={d.get('critical')}")
    print("agreed_terms:", json.dumps(d.get('agreed_terms'),ensure_ascii=False))
    print("opening:", d['opening'].get('strategy'), d['opening'].get('score'))
    for c in d['checks']:
        print(f"  [{ 'PASS' if c.get('passed') else ('n/a' if c.get('passed') is None else 'FAIL')}] {c['id']} w={c.get('weight')} crit={c.get('critical')} reason={c.get('reason')} | ev={str(c.get('evidence'))[:150]}")
    print("letter:", json.dumps(d.get('letter'),ensure_ascii=False)[:800])
    print("channel:", d.get('channel'))
