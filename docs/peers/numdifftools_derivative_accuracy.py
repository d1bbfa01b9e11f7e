"""Peer for `matcheck bench derivative-accuracy`: numdifftools' Richardson
gradient on f(x) = sum(sigmoid(W2 tanh(W1 x))), 50 inputs, 30 hidden, 10
outputs, weights N(0, 1/fan-in), against the closed-form gradient.
Prints one JSON line with the same keys (max_rel_error is normwise:
max|g_hat - g| / max|g|). numpy's generator differs from matcheck's, so the
problems are statistically alike, not identical.
Run: OPENBLAS_NUM_THREADS=1 python3 numdifftools_derivative_accuracy.py
"""
import json, time
import numpy as np
import numdifftools as nd

inputs, hidden, outputs, trials = 50, 30, 10, 5
sig = lambda z: 1 / (1 + np.exp(-z))
worst, times = 0.0, []
for trial in range(trials):
    rng = np.random.default_rng(2026_1125 + trial + 1)
    w1 = rng.standard_normal((hidden, inputs)) / np.sqrt(inputs)
    w2 = rng.standard_normal((outputs, hidden)) / np.sqrt(hidden)
    x = rng.standard_normal(inputs)
    f = lambda v: np.sum(sig(w2 @ np.tanh(w1 @ v)))
    z1 = w1 @ x
    s = sig(w2 @ np.tanh(z1))
    exact = w1.T @ ((w2.T @ (s * (1 - s))) / np.cosh(z1) ** 2)
    start = time.perf_counter()
    g = nd.Gradient(f)(x)
    times.append(time.perf_counter() - start)
    worst = max(worst, np.max(np.abs(g - exact)) / np.max(np.abs(exact)))
print(json.dumps({"bench": "derivative-accuracy", "method": "numdifftools-richardson",
                  "max_rel_error": worst, "seconds": sorted(times)[len(times) // 2],
                  "inputs": inputs, "trials": trials}))
