#!/usr/bin/env python3
"""Counts per seed for attack suite 9 from the raw records.

Usage: python3 attack-suite-9-summary.py attack-suite-9-seed*.jsonl
A false verdict is a true claim refuted, or a false claim proved or holding.
Decided correctly: true -> proved/holds, false -> refuted. Claims listed in
UNSURE (none unless stated in attack-suite-9.md) are left out of the counts.
"""
import collections
import json
import sys

UNSURE = set()


def kind(record):
    res = record["result"]
    if isinstance(res, dict):
        verdict = res.get("verdict", "?")
        return "holds" if verdict.startswith("holds") else verdict
    return "no-json (exit %d)" % record["exit"]


def main():
    rows = [json.loads(line) for path in sys.argv[1:] for line in open(path)]
    by_seed = collections.defaultdict(list)
    for r in rows:
        if r["index"] not in UNSURE:
            by_seed[r["seed"]].append(r)
    print("| seed | claims | false verdicts | decided correctly | inconclusive (true / false)"
          " | rejected (error) | other | decided % | max s | max RSS MB |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for seed in sorted(by_seed):
        rs = by_seed[seed]
        false_v = [r for r in rs if (r["truth"] and kind(r) == "refuted")
                   or (not r["truth"] and kind(r) in ("proved", "holds"))]
        correct = [r for r in rs if (r["truth"] and kind(r) in ("proved", "holds"))
                   or (not r["truth"] and kind(r) == "refuted")]
        inc_t = [r for r in rs if kind(r) == "inconclusive" and r["truth"]]
        inc_f = [r for r in rs if kind(r) == "inconclusive" and not r["truth"]]
        err = [r for r in rs if kind(r) == "error"]
        other = len(rs) - len(false_v) - len(correct) - len(inc_t) - len(inc_f) - len(err)
        print(f"| {seed} | {len(rs)} | {len(false_v)} | {len(correct)} | {len(inc_t)} / {len(inc_f)}"
              f" | {len(err)} | {other} | {100 * len(correct) / len(rs):.1f} %"
              f" | {max(r['seconds'] for r in rs):.2f} | {max(r['max_rss_kb'] for r in rs) / 1024:.1f} |")
    print()
    verdicts = collections.defaultdict(dict)
    for r in rows:
        verdicts[(r["index"], r["claim"], r["truth"])][r["seed"]] = r
    for (i, claim, truth), seeds in sorted(verdicts.items()):
        ks = {s: kind(r) for s, r in seeds.items()}
        good = all((truth and k in ("proved", "holds")) or (not truth and k == "refuted")
                   for k in ks.values())
        if good:
            continue
        r = next(iter(seeds.values()))
        res = r["result"] if isinstance(r["result"], dict) else {}
        reason = res.get("reason") or (res.get("error") or {}).get("message") or ""
        scopes = sorted({str(rr["result"].get("scope")) for rr in seeds.values()
                         if isinstance(rr["result"], dict) and rr["result"].get("scope")})
        if scopes:
            reason = ("scope " + ", ".join(scopes) + "; " + reason).strip("; ")
        if not reason:
            for s, rr in seeds.items():
                rres = rr["result"] if isinstance(rr["result"], dict) else {}
                if rres.get("reason") or rres.get("notes"):
                    reason = rres.get("reason") or "; ".join(rres.get("notes", []))[:300]
                    break
        flag = "FALSE VERDICT " if any((truth and k == "refuted") or
                                       (not truth and k in ("proved", "holds"))
                                       for k in ks.values()) else ""
        print(f"- {flag}{i} ({'true' if truth else 'false'}) `{claim}`: "
              + ", ".join(f"s{s} {k}" for s, k in sorted(ks.items()))
              + (f" — {reason[:400]}" if reason else ""))


if __name__ == "__main__":
    main()
