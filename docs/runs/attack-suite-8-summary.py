#!/usr/bin/env python3
"""Counts per seed for attack suite 8 from the raw records.

Usage: python3 attack-suite-8-summary.py attack-suite-8-seed*.jsonl
A false verdict is a true claim refuted, or a false claim proved or holding.
Decided correctly: true -> proved/holds, false -> refuted. Claims listed in
UNSURE (line numbers; none unless a label is doubted in the suite's report) are
left out of the counts. Adapted from attack-suite-6-summary.py: the same table,
plus one table per family (FAMILY, by line number of attack-suite-8.txt; each claim
has one primary family, written before any run).
"""
import collections
import json
import sys

UNSURE = set()

FAMILY_RANGES = [
    ((1, 13), "cancellation/absorption"),
    ((14, 27), "saturation/underflow/overflow"),
    ((28, 37), "long literals"),
    ((38, 54), "kinks, step/relu/abs"),
    ((55, 79), "dimension/integer-dependent"),
    ((80, 97), "let-variable derivatives"),
    ((98, 112), "declared functions"),
    ((113, 113), "inverse/adjugate/determinant"),
    ((114, 116), "dimension/integer-dependent"),
    ((117, 121), "inverse/adjugate/determinant"),
    ((122, 127), "near-singular"),
    ((128, 134), "inverse/adjugate/determinant"),
    ((135, 147), "Cookbook derivatives (sign/transpose flips)"),
    ((148, 152), "Kronecker"),
    ((153, 161), "softmax/log-sum-exp"),
    ((162, 173), "network layers (sigmoid/tanh/relu/softplus)"),
    ((174, 176), "softplus"),
    ((177, 185), "sqrt/norms"),
    ((186, 195), "trigonometry"),
    ((196, 203), "tiny relative perturbations"),
    ((204, 204), "inverse/adjugate/determinant"),
    ((205, 205), "Cookbook derivatives (sign/transpose flips)"),
    ((206, 207), "let-variable derivatives"),
    ((208, 210), "dimension/integer-dependent"),
    ((211, 211), "kinks, step/relu/abs"),
    ((212, 213), "declared functions"),
    ((214, 215), "network layers (sigmoid/tanh/relu/softplus)"),
    ((216, 221), "Cookbook derivatives (sign/transpose flips)"),
    ((222, 225), "saturation/underflow/overflow"),
    ((226, 226), "tiny relative perturbations"),
    ((227, 227), "cancellation/absorption"),
]
FAMILY = {i: name for (a, b), name in FAMILY_RANGES for i in range(a, b + 1)}


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
    print("| family | claims (true / false) | claim-runs | false verdicts | decided correctly |")
    print("|---|---|---|---|---|")
    fam_rows = collections.defaultdict(list)
    for r in rows:
        if r["index"] not in UNSURE:
            fam_rows[FAMILY.get(r["index"], "?")].append(r)
    for fam in sorted(fam_rows):
        rs = fam_rows[fam]
        claims = {(r["index"], r["truth"]) for r in rs}
        n_true = sum(1 for _, t in claims if t)
        false_v = sum(1 for r in rs if (r["truth"] and kind(r) == "refuted")
                      or (not r["truth"] and kind(r) in ("proved", "holds")))
        correct = sum(1 for r in rs if (r["truth"] and kind(r) in ("proved", "holds"))
                      or (not r["truth"] and kind(r) == "refuted"))
        print(f"| {fam} | {len(claims)} ({n_true} / {len(claims) - n_true}) | {len(rs)} | {false_v}"
              f" | {correct} ({100 * correct / len(rs):.1f} %) |")
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
