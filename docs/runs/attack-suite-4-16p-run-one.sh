#!/bin/bash
# usage: attack-suite-4-16p-run-one.sh SEED INDEX -> writes /tmp/as4/16p/s$SEED/$INDEX.json
# Helper 16p's copy of issue16n's attack-suite-4-run-one.sh: claim INDEX of the suite
# (SUITE, default /tmp/suite4/attack-suite-4.txt, from `git show
# issue16n:docs/runs/attack-suite-4.txt`), once with the release matcheck of this worktree
# (MATCHECK), timed by /usr/bin/time (wall seconds, peak RSS in KB), 300 s timeout.
seed=$1; i=$2
suite=${SUITE:-/tmp/suite4/attack-suite-4.txt}
matcheck=${MATCHECK:-/work/wt-16p/.build-release/release/matcheck}
line=$(sed -n "${i}p" "$suite")
truth=${line%%: *}; claim=${line#*: }
d=/tmp/as4/16p/s$seed; mkdir -p $d
/usr/bin/time -f "%e %M" -o $d/$i.time timeout 300 "$matcheck" \
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
