#!/bin/bash
# usage: attack-suite-5-run-one.sh TAG SEED INDEX -> writes /tmp/as5/$TAG/s$SEED/$INDEX.json
# Runs claim INDEX of attack-suite-5.txt once with the release matcheck of this worktree,
# timed by /usr/bin/time (wall seconds, peak RSS in KB), with a 300 s timeout.
# (attack-suite-4-run-one.sh of branch issue16n, with this suite's paths.)
tag=$1; seed=$2; i=$3
line=$(sed -n "${i}p" /work/wt-16q/docs/runs/attack-suite-5.txt)
truth=${line%%: *}; claim=${line#*: }
d=/tmp/as5/$tag/s$seed; mkdir -p $d
/usr/bin/time -f "%e %M" -o $d/$i.time timeout 300 /work/wt-16q/.build/release/matcheck \
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
