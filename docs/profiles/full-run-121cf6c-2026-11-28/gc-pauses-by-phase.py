#!/usr/bin/env python3
"""gc-pauses-by-phase.py PHASES.tsv NAME=GCLOG...: share of each phase's wall time a JVM stood still in collector pauses."""
import sys, re
from datetime import datetime
phases=[]
for l in open(sys.argv[1]):
    n,a,b=l.split('\t'); 
    pa=datetime.fromisoformat(a.strip().replace('Z','')[:26]); pb=datetime.fromisoformat(b.strip().replace('Z','')[:26])
    phases.append((n,pa,pb))
logs={}
for arg in sys.argv[2:]:
    name,f=arg.split('=',1); ev=[]
    for l in open(f):
        m=re.match(r'\[(\S+?)\+0000\]\[[\d.]+s\] GC\(\d+\) Pause (Young|Full).*?([\d.]+)ms$',l.strip())
        if m: ev.append((datetime.fromisoformat(m.group(1)[:26]),m.group(2),float(m.group(3))))
    logs[name]=ev
print('| phase | ' + ' | '.join(f'{n}: paused, young n / avg, full n / avg' for n in logs) + ' |')
print('|---|' + '---|'*len(logs))
for n,a,b in phases:
    cells=[]
    for name,ev in logs.items():
        y=[p for (ts,k,p) in ev if a<=ts<=b and k=='Young']; f=[p for (ts,k,p) in ev if a<=ts<=b and k=='Full']
        span=(b-a).total_seconds()
        cells.append(f"{(sum(y)+sum(f))/10/span:.0f}%, {len(y)} / {sum(y)/max(1,len(y)):.0f} ms, {len(f)} / {sum(f)/max(1,len(f)):.0f} ms")
    print(f'| {n} | ' + ' | '.join(cells) + ' |')
