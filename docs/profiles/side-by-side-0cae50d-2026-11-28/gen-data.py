# Writes the data of side-by-side.sh: 30 NDJSON batches of 1,000 facts on bench-deep, spread over the benchmark's
# century (1925-2024), and pages.lua, wrk's script of 2,048 timeline pages of 50 in date windows placed at random.
# Its input is a benchmark run's wrk scripts (./benchmark/run.sh --out RUN keeps them in RUN/wrk): their bodies and
# the Lua around the requests.  Usage: python3 gen-data.py RUN/wrk OUTDIR
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
