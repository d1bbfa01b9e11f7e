#!/bin/bash
# Re-runs attack suite 3 after the fourth-round fixes (the suite is no longer unseen).
# usage: attack-suite-3-after-fixes-run.sh MATCHECK OUT.jsonl
# One process per claim and seed (seeds 1-8), two at a time; one JSON record per run
# (claim, truth, exit status, wall seconds, peak RSS in KB, the checker's JSON).
set -u
bin=$1; out=$2
suite=$(dirname "$0")/attack-suite-3.txt
work=$(mktemp -d)
one() {
  bin=$1; suite=$2; work=$3; seed=$4; i=$5
  line=$(sed -n "${i}p" "$suite")
  truth=${line%%: *}; claim=${line#*: }
  d=$work/s$seed; mkdir -p "$d"
  /usr/bin/time -f "%e %M" -o "$d/$i.time" timeout 300 "$bin" check "$claim" --json \
    --seed "$seed" > "$d/$i.out" 2> "$d/$i.err"
  rc=$?
  python3 - "$i" "$seed" "$truth" "$claim" "$rc" "$d" <<'PY'
import json, sys
i, seed, truth, claim, rc, d = sys.argv[1:]
out = open(f"{d}/{i}.out").read().strip()
err = open(f"{d}/{i}.err").read().strip()
t = open(f"{d}/{i}.time").read().strip().splitlines()
sec, kb = (t[-1].split() if t else ("nan", "0"))
try:
    res = json.loads(out)
except Exception:
    res = out
print(json.dumps({"index": int(i), "seed": int(seed), "truth": truth == "true", "claim": claim,
                  "exit": int(rc), "seconds": float(sec), "max_rss_kb": int(kb), "result": res,
                  "stderr": err[:2000]}), file=open(f"{d}/{i}.json", "w"))
PY
}
export -f one
n=$(wc -l < "$suite")
for seed in 1 2 3 4 5 6 7 8; do
  for i in $(seq 1 "$n"); do echo "$seed $i"; done
done | xargs -P 2 -n 2 bash -c 'one "$0" "$1" "$2" "$3" "$4"' "$bin" "$suite" "$work"
for seed in 1 2 3 4 5 6 7 8; do
  for i in $(seq 1 "$n"); do cat "$work/s$seed/$i.json"; done
done > "$out"
rm -rf "$work"
