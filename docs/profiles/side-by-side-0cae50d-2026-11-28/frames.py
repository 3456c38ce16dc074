import sys, collections
f, phase = sys.argv[1], sys.argv[2]
pats = sys.argv[3:]
tot = 0; hits = collections.Counter()
for line in open(f):
    stack, n = line.rsplit(' ', 1); n = int(n)
    frames = stack.split(';')
    if frames[0] != phase: continue
    tot += n
    for p in pats:
        if any(p in fr for fr in frames): hits[p] += n
print(phase, 'total', tot)
for p in pats: print('%5.1f%%  %s' % (100.0*hits[p]/max(tot,1), p))
