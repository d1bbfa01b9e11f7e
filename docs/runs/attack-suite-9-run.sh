#!/bin/bash
# usage (from the repository root, after `swift build -c release --product matcheck`):
#   docs/runs/attack-suite-9-run.sh TAG SEED INDEX
# Copied from attack-suite-6-run.sh (suite 9, written unseen by helper 16z, prepared before any run):
# runs claim INDEX of docs/runs/attack-suite-9.txt once, timed by /usr/bin/time (wall
# seconds, peak RSS in KB), 300 s timeout; writes /tmp/as9/$TAG/s$SEED/$INDEX.json.
# All claims at one seed, two at a time:
#   seq 1 205 | xargs -P 2 -I{} docs/runs/attack-suite-9-run.sh TAG SEED {}
tag=$1; seed=$2; i=$3
line=$(sed -n "${i}p" docs/runs/attack-suite-9.txt)
truth=${line%%: *}; claim=${line#*: }
d=/tmp/as9/$tag/s$seed; mkdir -p $d
/usr/bin/time -f "%e %M" -o $d/$i.time timeout 300 .build/release/matcheck \
  check "$claim" --json --seed $seed > $d/$i.out 2> $d/$i.err
rc=$?
python3 - "$i" "$seed" "$truth" "$claim" "$rc" "$d" <<'PY'
import json,sys
i,seed,truth,claim,rc,d=sys.argv[1:]
out=open(f"{d}/{i}.out").read().strip()
err=open(f"{d}/{i}.err").read().strip()
t=open(f"{d}/{i}.time").read().strip().splitlines()
sec,kb=(t[-1].split() if t else ("nan","0"))
try: res=json.loads(out)
except Exception: res=out
print(json.dumps({"index":int(i),"seed":int(seed),"truth":truth=="true","claim":claim,
 "exit":int(rc),"seconds":float(sec),"max_rss_kb":int(kb),"result":res,"stderr":err[:2000]}),
 file=open(f"{d}/{i}.json","w"))
PY
