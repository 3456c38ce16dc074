#!/usr/bin/env python3
# Data for side-by-side.sh: 30 NDJSON batches of 1,000 facts on bench-deep, and pages.lua, 2,048 pages of 50 for wrk.
# Run: side-by-side-data.py RUN/wrk OUTDIR (RUN: the --out of any benchmark run, whose wrk scripts it reuses)
import datetime, json, random, re, sys
wrk, out = sys.argv[1], sys.argv[2]
bodies = re.findall(r'\[==\[(\{.*?\})\]==\]', open(wrk + '/ingest_single.lua').read())
first = datetime.date(1925, 1, 1)
facts = []
for n in range(30000):
    fact = json.loads(bodies[n % len(bodies)])
    fact.update(track='bench-deep', title='Benchmark fact %d' % n,
                occurredOn=(first + datetime.timedelta(days=n * 36524 // 30000)).isoformat())
    facts.append(json.dumps(fact))
for i in range(30):
    open('%s/batch-%02d.ndjson' % (out, i), 'w').write('\n'.join(facts[i * 1000:(i + 1) * 1000]) + '\n')
random.seed(42)
width = 75 * 36524 // 30000 + 1
paths = []
for _ in range(2048):
    start = first + datetime.timedelta(days=random.randrange(36524 - width))
    paths.append('/api/timeline?track=bench-deep&from=%s&to=%s&limit=50' % (start, start + datetime.timedelta(days=width)))
lua = open(wrk + '/query-ceiling.lua').read()
items = lua.index('local items = {')
rest = lua[lua.index('}\n', items) + 2:]
open(out + '/pages.lua', 'w').write(lua[:items] + 'local items = {\n' + ''.join('[==[%s]==],\n' % p for p in paths) + '}\n' + rest)
