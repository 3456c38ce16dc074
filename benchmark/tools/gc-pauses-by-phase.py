#!/usr/bin/env python3
# Per benchmark phase, the share of wall time each JVM stood still in collector pauses, with young and full counts.
# Run: gc-pauses-by-phase.py RUN/phases.tsv timeline=GC.log projection=GC.log (logs of -Xlog:gc:file=…:utctime,uptime)
import re
import sys
from datetime import datetime

PAUSE = re.compile(r'\[(\S+?)\+0000\]\[[\d.]+s\] GC\(\d+\) Pause (Young|Full).*?([\d.]+)ms$')


def instant(text):
    return datetime.fromisoformat(text.strip().replace('Z', '')[:26])


def pauses(path):
    found = []
    for line in open(path):
        match = PAUSE.match(line.strip())
        if match:
            found.append((instant(match.group(1)), match.group(2), float(match.group(3))))
    return found


def summary(pauses_of_jvm, start, end):
    young = [ms for (at, kind, ms) in pauses_of_jvm if start <= at <= end and kind == 'Young']
    full = [ms for (at, kind, ms) in pauses_of_jvm if start <= at <= end and kind == 'Full']
    share = (sum(young) + sum(full)) / 10 / (end - start).total_seconds()
    return (f"{share:.0f}%, {len(young)} / {sum(young) / max(1, len(young)):.0f} ms, "
            f"{len(full)} / {sum(full) / max(1, len(full)):.0f} ms")


phases = [(name, instant(start), instant(end))
          for name, start, end in (line.split('\t') for line in open(sys.argv[1]))]
jvms = {name: pauses(path) for name, path in (arg.split('=', 1) for arg in sys.argv[2:])}
print('| phase | ' + ' | '.join(f'{name}: paused, young n / avg, full n / avg' for name in jvms) + ' |')
print('|---|' + '---|' * len(jvms))
for name, start, end in phases:
    print(f'| {name} | ' + ' | '.join(summary(p, start, end) for p in jvms.values()) + ' |')
