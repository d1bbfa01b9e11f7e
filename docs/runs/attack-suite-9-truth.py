#!/usr/bin/env python3
"""Independent truth of attack-suite-9.txt, in 1000-digit arithmetic (mpmath).

Usage: [AS9_SEED=s] python3 attack-suite-9-truth.py attack-suite-9.txt [first-line [last-line]]
(AS9_SEED, default 1, seeds the points and the declared functions' stand-ins;
AS9_MAX_N, default 6, is the largest n for claims with one dimension variable;
derivative claims with a matrix variable stop at n = 4, with an integer symbol at n = 3.)

Adapted from attack-suite-8-truth.py (itself adapted from attack-suite-6-truth.py) for
suite 9, written unseen (issue 16, helper 16z), before any run of matcheck on it: the same
evaluator; only this suite's hint values, wide dimension ranges and extra shapes
(EXTRA_SHAPES: shapes with several dimension variables where a claim is false only at one
of them, e.g. m = 6, n = 7) differ. The description of suite 8's script follows.

Adapted from attack-suite-6-truth.py (for suite 8, written unseen, before any run of
matcheck on it, from docs/claim-language.md alone): the same evaluator, plus matrices
written out by blocks `[a, b; c, d]`, entries with literal indices `(M)[i,j]`, a split
of `let` definitions on `;` that ignores the `;` inside brackets, hint values given
exactly (built as the claim's own literals are, so a point exactly at a kink such as
x = 1.000000001 is exact), the extra shapes (5, 1, ...) and (1, ..., 5) for claims with
several dimension variables, and a per-claim floor of the comparison scale for claims
whose values lie far below 1 (e^-800, e^-900), where the absolute threshold would hide
the difference. A difference above 1e-100 of the scale is taken as found without the
1300-digit repetition (it is no rounding artefact; and at 1300 digits a hint point exactly
at a kink, built at 1000 digits, would no longer be exactly at the literal's kink).
The description of suite 6's script follows.

Adapted from attack-suite-4-truth.py (branch issue16n): the same evaluator, plus
entrywise powers `.^` (undefined for a negative base with a non-integer exponent),
Greek function names, `eye`/`ones`/`zeros` of a non-positive size as undefined,
`log` of a value below 1e-900 (an exactly singular determinant at 1000 digits) as
undefined, determinants by its own elimination (mpmath's det fails on an exactly singular
matrix), and this suite's hint values and wide dimension ranges.

A small evaluator of the claim language written from docs/claim-language.md alone
(no code of matcheck is used): matrices of mpmath numbers at 1000 significant
digits, derivatives (jac, grad, hess, also with respect to `let` names, which vary
alone) by central differences with step 1e-200 (nested for hess, accurate to
~1e-400), declared functions replaced by several concrete functions (a polynomial
of degree k-1 under f^(k) = 0), integer symbols k in -6..12. Each claim is
evaluated at every shape (one dimension variable: n = 1..6, 1..10 for the claims
false only from n = 9, 1..4 for derivatives with an integer symbol; several:
{1,2,3}^k plus all-4 and all-5) at points from seven families (uniform [-1, 1],
uniform [-10, 10], integers -6..6, zero, positive, magnitudes up to 1e3, and the
claim's hint values, e.g. 0.55 for an interval (0.5, 0.6); no magnitudes for claims
with declared functions, whose exponential stand-ins would reach exp(1e217)). Points where a side
is undefined (log or sqrt of a negative, a singular inverse, 0^-k) are skipped.

Verdict of this script: "differs" when some entry has |lhs - rhs| above
1e-850 * max(1, |lhs|, |rhs|) (1e-300 for claims with derivatives, which carry
the finite-difference error) and the same difference (within 1 %) is found again
at 1300 digits with step 1e-260, with the witness printed; "agrees" otherwise
(the count of candidate differences that 1300 digits did not confirm is printed:
rounding of huge intermediates, e.g. a declared function's stand-in at 10^3).
Derivative claims are not evaluated at integer or zero points (kinks, where the
documented convention relu'(0) = step(0) = 0 was checked by hand instead).
The label in the suite must match: true <-> agrees, false <-> differs.
"""
import itertools
import os
import random
import re
import sys
from fractions import Fraction

import mpmath as mp
import sympy as sp

mp.mp.dps = 1000
H = mp.mpf(10) ** -200


def set_precision(dps):
    """Working precision and difference step (h = 10^-(dps/5))."""
    global H
    mp.mp.dps = dps
    H = mp.mpf(10) ** -(dps // 5)


class Undefined(Exception):
    pass


class M:
    def __init__(self, rows):
        self.r = rows
        self.m = len(rows)
        self.n = len(rows[0])

    @staticmethod
    def full(m, n, v):
        return M([[v for _ in range(n)] for _ in range(m)])

    def T(self):
        return M([[self.r[i][j] for i in range(self.m)] for j in range(self.n)])

    def map(self, f):
        return M([[f(v) for v in row] for row in self.r])

    def scalar(self):
        assert self.m == 1 and self.n == 1, "not a scalar"
        return self.r[0][0]

    def vec(self):
        return [self.r[i][j] for j in range(self.n) for i in range(self.m)]


def unvec(values, m, n):
    return M([[values[j * m + i] for j in range(n)] for i in range(m)])


def is_s(a):
    return a.m == 1 and a.n == 1


def ew(a, b, f, what):
    if is_s(a) and not is_s(b):
        a = M.full(b.m, b.n, a.scalar())
    if is_s(b) and not is_s(a):
        b = M.full(a.m, a.n, b.scalar())
    if (a.m, a.n) != (b.m, b.n):
        raise ValueError(f"shape error in {what}: {a.m}x{a.n} vs {b.m}x{b.n}")
    return M([[f(a.r[i][j], b.r[i][j]) for j in range(a.n)] for i in range(a.m)])


def matmul(a, b):
    if is_s(a) or is_s(b):
        return ew(a, b, lambda u, v: u * v, "scalar multiple")
    if a.n != b.m:
        raise ValueError(f"shape error in product: {a.m}x{a.n} * {b.m}x{b.n}")
    return M([[mp.fsum(a.r[i][k] * b.r[k][j] for k in range(a.n)) for j in range(b.n)]
              for i in range(a.m)])


def kron(a, b):
    return M([[a.r[i // b.m][j // b.n] * b.r[i % b.m][j % b.n] for j in range(a.n * b.n)]
              for i in range(a.m * b.m)])


def mdet(rows):
    """Determinant by elimination with partial pivoting (mpmath's det fails on an exactly
    singular matrix, e.g. a zero minor at the zero point)."""
    a = [list(r) for r in rows]
    n, sign, prod = len(a), 1, mp.mpf(1)
    for j in range(n):
        p = max(range(j, n), key=lambda i: abs(a[i][j]))
        if a[p][j] == 0:
            return mp.mpf(0)
        if p != j:
            a[p], a[j] = a[j], a[p]
            sign = -sign
        prod *= a[j][j]
        for i in range(j + 1, n):
            f = a[i][j] / a[j][j]
            for k in range(j, n):
                a[i][k] -= f * a[j][k]
    return sign * prod


def det(a):
    if a.m != a.n:
        raise ValueError("det of non-square")
    return mdet(a.r)


def inv(a):
    if a.m != a.n:
        raise ValueError("inv of non-square")
    d = det(a)
    if d == 0 or abs(d) < mp.mpf(10) ** -900:
        raise Undefined("singular")
    x = mp.inverse(mp.matrix(a.r))
    return M([[x[i, j] for j in range(a.n)] for i in range(a.m)])


def eye(n):
    return M([[mp.mpf(1) if i == j else mp.mpf(0) for j in range(n)] for i in range(n)])


def mpow(a, k):
    if k != int(k):
        raise ValueError("non-integer power")
    k = int(k)
    if is_s(a):
        c = a.scalar()
        if k < 0 and c == 0:
            raise Undefined("0^-k")
        return M([[c ** k]])
    if a.m != a.n:
        raise ValueError("power of non-square")
    if k < 0:
        a, k = inv(a), -k
    r = eye(a.m)
    for _ in range(k):
        r = matmul(r, a)
    return r


def adj(a):
    n = a.m
    if n == 1:
        return M([[mp.mpf(1)]])
    rows = []
    for i in range(n):
        row = []
        for j in range(n):
            minor = [[a.r[p][q] for q in range(n) if q != i] for p in range(n) if p != j]
            row.append((-1) ** (i + j) * mdet(minor))
        rows.append(row)
    return M(rows)


def comm(m, n):
    # vec(X') = comm(m, n) vec(X) for X: m x n
    size = m * n
    rows = [[mp.mpf(0)] * size for _ in range(size)]
    for i in range(m):
        for j in range(n):
            # X[i,j] is at j*m + i in vec(X), at i*n + j in vec(X')
            rows[i * n + j][j * m + i] = mp.mpf(1)
    return M(rows)


def real(v):
    if isinstance(v, mp.mpc):
        raise Undefined("complex")
    return v


def elog(v):
    if v <= mp.mpf(10) ** -900:
        raise Undefined("log of non-positive")
    return mp.log(v)


def esqrt(v):
    if v < 0:
        raise Undefined("sqrt of negative")
    return mp.sqrt(v)


ELEMENTWISE = {
    "exp": mp.exp, "log": elog, "ln": elog,
    "sigmoid": lambda v: 1 / (1 + mp.exp(-v)), "σ": lambda v: 1 / (1 + mp.exp(-v)),
    "tanh": mp.tanh, "softplus": lambda v: mp.log(1 + mp.exp(v)),
    "relu": lambda v: v if v > 0 else mp.mpf(0),
    "step": lambda v: mp.mpf(1) if v > 0 else mp.mpf(0),
    "abs": abs, "sqrt": esqrt, "sin": mp.sin, "cos": mp.cos,
}

# ---------------------------------------------------------------- tokens and parser
TOKEN = re.compile(r"\s*(?:(\d+\.\d*(?:[eE][+-]?\d+)?|\d+(?:[eE][+-]?\d+)?|\.\d+)"
                   r"|([A-Za-z_\u0370-\u03FF][A-Za-z0-9_\u0370-\u03FF]*)|(==|\.\*|\./|\.\^|[-+*/^'(),;=:⊗\[\]]))")


def tokenize(s):
    out, pos = [], 0
    s = s.rstrip()
    while pos < len(s):
        mt = TOKEN.match(s, pos)
        if not mt or mt.end() == pos:
            raise ValueError(f"cannot tokenize at {s[pos:pos + 10]!r}")
        pos = mt.end()
        num, name, op = mt.groups()
        if num is not None:
            out.append(("num", Fraction(num)))
        elif name is not None:
            out.append(("name", name))
        else:
            out.append(("op", op))
    return out


class Parser:
    def __init__(self, toks, functions):
        self.t, self.i, self.functions = toks, 0, functions

    def peek(self, k=0):
        return self.t[self.i + k] if self.i + k < len(self.t) else ("end", None)

    def eat(self, kind, val=None):
        tok = self.peek()
        if tok[0] != kind or (val is not None and tok[1] != val):
            raise ValueError(f"expected {val or kind}, got {tok}")
        self.i += 1
        return tok

    def at(self, val):
        return self.peek()[0] == "op" and self.peek()[1] == val

    def expr(self):
        node = self.product()
        while self.at("+") or self.at("-"):
            op = self.eat("op")[1]
            node = (op, node, self.product())
        return node

    def product(self):
        node = self.kron()
        while any(self.at(o) for o in ("*", ".*", "./", "/")):
            op = self.eat("op")[1]
            node = (op, node, self.kron())
        return node

    def kron(self):
        node = self.unary()
        while self.at("⊗"):
            self.eat("op")
            node = ("kron", node, self.unary())
        return node

    def unary(self):
        if self.at("-"):
            self.eat("op")
            return ("neg", self.unary())
        return self.power()

    def power(self):
        base = self.postfix()
        if self.at("^"):
            self.eat("op")
            if self.peek() == ("name", "T"):
                self.eat("name")
                return ("T", base)
            if self.at("-") and self.peek(1) == ("name", "T"):
                self.eat("op")
                self.eat("name")
                return ("T", ("inv", base))
            return ("^", base, self.unary())
        if self.at(".^"):
            self.eat("op")
            return (".^", base, self.unary())
        return base

    def postfix(self):
        node = self.atom()
        while self.at("'") or self.at("["):
            if self.at("["):
                self.eat("op")
                i = int(self.eat("num")[1])
                j = None
                if self.at(","):
                    self.eat("op")
                    j = int(self.eat("num")[1])
                self.eat("op", "]")
                node = ("entry", node, i, j)
                continue
            self.eat("op")
            node = ("T", node)
        return node

    def atom(self):
        tok = self.peek()
        if tok[0] == "num":
            self.i += 1
            return ("num", tok[1])
        if tok[0] == "op" and tok[1] == "(":
            self.eat("op")
            node = self.expr()
            self.eat("op", ")")
            return node
        if tok[0] == "op" and tok[1] == "[":
            self.eat("op")
            rows, row = [], [self.expr()]
            while not self.at("]"):
                if self.at(","):
                    self.eat("op")
                    row.append(self.expr())
                else:
                    self.eat("op", ";")
                    rows.append(row)
                    row = [self.expr()]
            self.eat("op", "]")
            rows.append(row)
            return ("block", rows)
        if tok[0] == "name":
            name = tok[1]
            self.i += 1
            primes = 0
            while self.at("'") and name in self.functions:
                self.eat("op")
                primes += 1
            if self.at("("):
                self.eat("op")
                args = [self.expr()]
                while self.at(","):
                    self.eat("op")
                    args.append(self.expr())
                self.eat("op", ")")
                return ("call", name, primes, args)
            return ("name", name)
        raise ValueError(f"unexpected {tok}")


def parse_expr(text, functions):
    p = Parser(tokenize(text), functions)
    node = p.expr()
    if p.peek()[0] != "end":
        raise ValueError(f"trailing {p.peek()}")
    return node


# ---------------------------------------------------------------- claims
class Claim:
    def __init__(self, text):
        self.text = text
        parts, depth, cur = [], 0, ""
        for ch in text:
            depth += (ch == "[") - (ch == "]")
            if ch == ";" and depth == 0:
                parts.append(cur.strip())
                cur = ""
            else:
                cur += ch
        parts.append(cur.strip())
        body = parts[-1]
        if " where " in body:
            body, decls = body.rsplit(" where ", 1)
        else:
            decls = ""
        self.shapes, self.functions, self.integers, self.assume = {}, [], [], {}
        for d in [d.strip() for d in decls.split(",") if d.strip()]:
            if re.fullmatch(r"\w+'+ = 0", d):
                name = d.split("'")[0]
                self.assume[name] = d.count("'")
                continue
            name, spec = [s.strip() for s in d.split(":")]
            if spec == "function":
                self.functions.append(name)
            elif spec == "integer":
                self.integers.append(name)
            elif spec == "scalar":
                self.shapes[name] = ("1", "1")
            elif " x " in spec:
                a, b = spec.split(" x ")
                self.shapes[name] = (a.strip(), b.split()[0].strip())
            else:
                self.shapes[name] = (spec, "1")
        self.lets = []
        for p in parts[:-1]:
            mt = re.fullmatch(r"let (\w+) = (.*)", p)
            self.lets.append((mt.group(1), parse_expr(mt.group(2), self.functions)))
        lhs, rhs = body.split("==")
        self.lhs = parse_expr(lhs, self.functions)
        self.rhs = parse_expr(rhs, self.functions)
        names = set()
        for node in [self.lhs, self.rhs] + [e for _, e in self.lets]:
            collect_names(node, names)
        dims = {v for s in self.shapes.values() for v in s if not v.isdigit()}
        known = set(self.shapes) | set(self.integers) | {n for n, _ in self.lets}
        dims |= {n for n in names if n not in known}
        self.dims = sorted(dims)
        self.has_derivative = "jac(" in text or "grad(" in text or "hess(" in text


def collect_names(node, out):
    if node[0] == "name":
        out.add(node[1])
    elif node[0] == "call":
        for a in node[3]:
            collect_names(a, out)
    elif node[0] == "num":
        pass
    elif node[0] == "block":
        for row in node[1]:
            for e in row:
                collect_names(e, out)
    elif node[0] == "entry":
        collect_names(node[1], out)
    else:
        for child in node[1:]:
            if isinstance(child, tuple):
                collect_names(child, out)


# ---------------------------------------------------------------- stand-in functions
t = sp.Symbol("t")


def family(index, assume_order, rng):
    """A concrete function (as sympy) for a declared function."""
    if assume_order is not None:
        coeffs = [sp.Rational(rng.randint(-9, 9) or 1, rng.randint(1, 5))
                  for _ in range(assume_order)]
        return sum(c * t ** i for i, c in enumerate(coeffs))
    a = sp.Rational(rng.randint(5, 15), 10)
    b = sp.Rational(rng.randint(-5, 5), 10)
    options = [sp.sin(a * t + b) + t / 2, sp.exp(a * t / 2) * b + t ** 5 / 120,
               t ** 4 - 2 * t ** 3 + a * t ** 2 - t + b, t ** 3 * a, sp.cos(a * t) + b * t ** 2,
               sp.exp(-t * t / 4) + a * t]
    return options[index % len(options)]


def lambdify_derivatives(expr, orders=8):
    out = []
    for k in range(orders + 1):
        f = sp.lambdify(t, sp.diff(expr, t, k), "mpmath")
        out.append(lambda v, f=f: mp.mpf(f(v)) if not isinstance(f(v), int) else mp.mpf(f(v)))
    return out


# ---------------------------------------------------------------- evaluation
class Evaluator:
    def __init__(self, claim, dims, values, funcs):
        self.c, self.dims, self.values, self.funcs = claim, dims, values, funcs
        self.lets = dict(claim.lets)

    def dimval(self, s):
        return int(s) if s.isdigit() else self.dims[s]

    def lookup(self, name, env):
        if name in env:
            return env[name]
        if name in self.lets:
            return self.ev(self.lets[name], env)
        if name in self.values:
            return self.values[name]
        if name in self.dims:
            return M([[mp.mpf(self.dims[name])]])
        raise ValueError(f"unknown name {name}")

    def intval(self, node, env):
        v = self.ev(node, env).scalar()
        if v != int(v):
            raise ValueError("not an integer")
        return int(v)

    def ev(self, node, env):
        kind = node[0]
        if kind == "num":
            f = node[1]
            return M([[mp.mpf(f.numerator) / f.denominator]])
        if kind == "name":
            return self.lookup(node[1], env)
        if kind == "neg":
            return self.ev(node[1], env).map(lambda v: -v)
        if kind == "T":
            return self.ev(node[1], env).T()
        if kind == "inv":
            return inv(self.ev(node[1], env))
        if kind in ("+", "-"):
            a, b = self.ev(node[1], env), self.ev(node[2], env)
            return ew(a, b, (lambda u, v: u + v) if kind == "+" else (lambda u, v: u - v), kind)
        if kind == "*":
            return matmul(self.ev(node[1], env), self.ev(node[2], env))
        if kind == ".*":
            return ew(self.ev(node[1], env), self.ev(node[2], env), lambda u, v: u * v, ".*")
        if kind in ("./", "/"):
            a, b = self.ev(node[1], env), self.ev(node[2], env)
            if kind == "/" and not is_s(b):
                raise ValueError("/ by non-scalar")

            def div(u, v):
                if v == 0:
                    raise Undefined("division by zero")
                return u / v
            return ew(a, b, div, kind)
        if kind == "kron":
            return kron(self.ev(node[1], env), self.ev(node[2], env))
        if kind == "^":
            return mpow(self.ev(node[1], env), self.ev(node[2], env).scalar())
        if kind == ".^":
            p = self.ev(node[2], env).scalar()

            def epow(v):
                if p == int(p):
                    if v == 0 and p < 0:
                        raise Undefined("0^-k")
                    return v ** int(p)
                if v < 0 or (v == 0 and p < 0):
                    raise Undefined("non-integer power of a negative")
                return mp.power(v, p)
            return self.ev(node[1], env).map(epow)
        if kind == "call":
            return self.call(node, env)
        if kind == "block":
            out = []
            for row in node[1]:
                blocks = [self.ev(e, env) for e in row]
                if len({b.m for b in blocks}) != 1:
                    raise ValueError("block row heights differ")
                for i in range(blocks[0].m):
                    out.append([v for b in blocks for v in b.r[i]])
            if len({len(r) for r in out}) != 1:
                raise ValueError("block widths differ")
            return M(out)
        if kind == "entry":
            a = self.ev(node[1], env)
            i, j = node[2], node[3]
            if j is None:
                v = a.vec()[i - 1]
            else:
                v = a.r[i - 1][j - 1]
            return M([[v]])
        raise ValueError(f"node {kind}")

    def call(self, node, env):
        _, name, primes, args = node
        if name in self.funcs:
            fs = self.funcs[name]
            return self.ev(args[0], env).map(lambda v: fs[primes](v))
        if name in ELEMENTWISE:
            f = ELEMENTWISE[name]
            return self.ev(args[0], env).map(lambda v: real(f(v)))
        if name in ("eye", "ones", "zeros"):
            ints = [self.intval(a, env) for a in args]
            if min(ints) <= 0:
                raise Undefined("non-positive size")
            if name == "eye":
                return eye(ints[0])
            shape = (ints[0], ints[1] if len(ints) > 1 else 1)
            return M.full(*shape, mp.mpf(1 if name == "ones" else 0))
        if name == "comm":
            if min(self.intval(a, env) for a in args) <= 0:
                raise Undefined("non-positive size")
            return comm(self.intval(args[0], env), self.intval(args[1], env))
        if name in ("jac", "grad", "hess"):
            return self.derivative(name, args, env)
        a = self.ev(args[0], env)
        if name == "sum":
            return M([[mp.fsum(v for row in a.r for v in row)]])
        if name in ("tr", "trace", "Tr"):
            assert a.m == a.n
            return M([[mp.fsum(a.r[i][i] for i in range(a.m))]])
        if name == "det":
            return M([[det(a)]])
        if name == "inv":
            return inv(a)
        if name == "adj":
            return adj(a)
        if name == "vec":
            v = a.vec()
            return M([[x] for x in v])
        if name == "diag":
            if a.n == 1:
                return M([[a.r[i][0] if i == j else mp.mpf(0) for j in range(a.m)]
                          for i in range(a.m)])
            return M([[a.r[i][i]] for i in range(a.m)])
        if name == "norm":
            return M([[mp.sqrt(mp.fsum(v * v for row in a.r for v in row))]])
        if name == "kron":
            return kron(a, self.ev(args[1], env))
        raise ValueError(f"unknown function {name}")

    def derivative(self, op, args, env):
        f_node, var = args[0], args[1][1]
        base = self.lookup(var, env)
        xs = base.vec()

        def at(values):
            e = dict(env)
            e[var] = unvec(values, base.m, base.n)
            return e

        if op == "hess":
            return self.derivative("jac", [("call", "grad", 0, [f_node, args[1]]), args[1]], env)
        columns = []
        for k in range(len(xs)):
            plus, minus = list(xs), list(xs)
            plus[k] += H
            minus[k] -= H
            fp = self.ev(f_node, at(plus)).vec()
            fm = self.ev(f_node, at(minus)).vec()
            columns.append([(p - q) / (2 * H) for p, q in zip(fp, fm)])
        rows = len(columns[0])
        if op == "jac":
            return M([[columns[k][i] for k in range(len(xs))] for i in range(rows)])
        if rows != 1:
            raise ValueError("grad of non-scalar")
        return unvec([columns[k][0] for k in range(len(xs))], base.m, base.n)


# ---------------------------------------------------------------- sampling
def frac(rng, lo, hi):
    return mp.mpf(rng.randint(int(lo * 10 ** 6), int(hi * 10 ** 6))) / 10 ** 6


def draw(rng, fam, hint):
    if fam == "uniform":
        return frac(rng, -1, 1)
    if fam == "wide":
        return frac(rng, -10, 10)
    if fam == "integer":
        return mp.mpf(rng.randint(-6, 6))
    if fam == "zero":
        return mp.mpf(0)
    if fam == "positive":
        return frac(rng, 0.1, 2)
    if fam == "magnitude":
        return rng.choice([-1, 1]) * mp.mpf(10) ** frac(rng, 0, 3)
    if fam == "hint":
        return hint
    raise ValueError(fam)


HINTS = {  # extra point values, exact decimals (every entry of every symbol set to it)
    "relu(1 - abs(1e6*(x - 0.7)))": ["0.7", "0.7000005"],
    "step(x - 4) + step(4 - x)": ["4"],
    "relu(x) - relu(x - 2)": ["2", "1.5"],
    "abs(x - 2.5) + abs(x - 2.5000002)": ["2.5000001", "2.5", "2.5000002"],
    "relu(x .* x - 9)": ["3", "-3", "-4"],
    "step(x - 1) .* step(x - 1.00000001)": ["1.000000005", "1.00000001"],
    "step(abs(x - 6) - 1e-9)": ["6"],
    "sqrt(1e-700 + x .* x)": ["0"],
}
WIDE_DIMS = {"(n - 9)*x'*x": 10, "(tr(eye(n)) - 8)": 9, "ones(n, n)/11)": 13, "relu(9 - n)": 11,
             "relu(n - 8)*relu(n - 9)": 10, "relu(n - 8)*relu(8 - n)": 10, "A: 6 x n": 7}
EXTRA_SHAPES = {"relu(m - 4)*relu(n - 5)": [{"m": 6, "n": 7}, {"m": 5, "n": 6}],
                "relu(m - 4)*relu(4 - m)": [{"m": 6, "n": 7}, {"m": 4, "n": 2}]}
SCALE_FLOOR = {}


def shapes_for(claim):
    if not claim.dims:
        return [{}]
    if len(claim.dims) == 1:
        top = max([v for s, v in WIDE_DIMS.items() if s in claim.text]
                  + [int(os.environ.get("AS9_MAX_N", "6"))])
        if claim.has_derivative and any(a != "1" and b != "1" for a, b in claim.shapes.values()):
            top = min(top, 4)  # derivatives by differences over n^2 entries: kept affordable
        if claim.integers and claim.has_derivative:
            top = 3  # 19 values of k, each a derivative by differences: kept affordable
        return [{claim.dims[0]: n} for n in range(1, top + 1)]
    out = [dict(zip(claim.dims, c)) for c in itertools.product([1, 2, 3], repeat=len(claim.dims))]
    out += [{d: 4 for d in claim.dims}, {d: 5 for d in claim.dims}]
    out += [{d: (5 if i == 0 else 1) for i, d in enumerate(claim.dims)},
            {d: (5 if i == len(claim.dims) - 1 else 1) for i, d in enumerate(claim.dims)}]
    out += [sh for key, shs in EXTRA_SHAPES.items() if key in claim.text for sh in shs]
    return out


def check(claim, seed=1):
    rng = random.Random(seed)
    hints = [h for key, vals in HINTS.items() if key in claim.text for h in vals]
    fams = ["uniform", "wide", "positive", "magnitude", "uniform", "positive"]
    if claim.functions:  # exp-type stand-ins at 1e3 give exp(1e217): no magnitudes
        fams.remove("magnitude")
    if not claim.has_derivative:
        fams += ["integer", "zero", "integer"]
    fams += ["hint"] * len(hints)
    ks = list(range(-6, 13)) if claim.integers else [None]
    n_func = 6 if claim.functions else 1
    threshold = mp.mpf(10) ** (-300 if claim.has_derivative else -850)
    floor = mp.mpf(10) ** min([0] + [v for key, v in SCALE_FLOOR.items() if key in claim.text])
    worst, evaluated, unstable = mp.mpf(0), 0, 0
    for dims in shapes_for(claim):
        for k in ks:
            for trial in range(n_func):
                funcs = {}
                for i, name in enumerate(claim.functions):
                    expr = family(trial + 2 * i, claim.assume.get(name), rng)
                    funcs[name] = lambdify_derivatives(expr)
                hint_iter = iter(hints)
                for fam in fams:
                    if fam == "hint":
                        hf = Fraction(next(hint_iter))
                        hint = mp.mpf(hf.numerator) / hf.denominator
                    else:
                        hint = None
                    values = {}
                    for name, (a, b) in claim.shapes.items():
                        m = int(a) if a.isdigit() else dims[a]
                        n = int(b) if b.isdigit() else dims[b]
                        values[name] = M([[draw(rng, fam, hint) for _ in range(n)]
                                          for _ in range(m)])
                    if k is not None:
                        values[claim.integers[0]] = M([[mp.mpf(k)]])
                    ev = Evaluator(claim, dims, values, funcs)
                    try:
                        lhs, rhs = ev.ev(claim.lhs, {}), ev.ev(claim.rhs, {})
                    except (Undefined, ZeroDivisionError):
                        continue
                    if (lhs.m, lhs.n) != (rhs.m, rhs.n):
                        raise ValueError(f"sides have shapes {lhs.m}x{lhs.n}, {rhs.m}x{rhs.n}")
                    evaluated += 1
                    for i in range(lhs.m):
                        for j in range(lhs.n):
                            u, v = lhs.r[i][j], rhs.r[i][j]
                            d = abs(u - v)
                            scale = max(floor, abs(u), abs(v))
                            if d > threshold * scale and d < mp.mpf(10) ** -100 * scale and not confirmed(
                                    claim, dims, values, funcs, (i, j), d):
                                unstable += 1
                                continue
                            if d > threshold * scale:
                                where = dict(dims)
                                if k is not None:
                                    where[claim.integers[0]] = k
                                return ("differs", where, fam, (i, j), u, v, d, evaluated)
                            worst = max(worst, d / scale)
    return ("agrees", worst, evaluated, unstable)


def confirmed(claim, dims, values, funcs, entry, d):
    """The same point at 1300 digits (h = 1e-260): a real difference stays within 1 %;
    a rounding or difference-step artifact (huge intermediates) does not."""
    set_precision(1300)
    try:
        ev = Evaluator(claim, dims, values, funcs)
        lhs, rhs = ev.ev(claim.lhs, {}), ev.ev(claim.rhs, {})
        i, j = entry
        d2 = abs(lhs.r[i][j] - rhs.r[i][j])
        return abs(d2 - d) <= d / 100
    except (Undefined, ZeroDivisionError):
        return False
    finally:
        set_precision(1000)


def main():
    path = sys.argv[1]
    lines = open(path).read().splitlines()
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    last = int(sys.argv[3]) if len(sys.argv) > 3 else len(lines)
    mismatches = 0
    for number in range(first, last + 1):
        label, text = lines[number - 1].split(": ", 1)
        try:
            result = check(Claim(text), seed=int(os.environ.get("AS9_SEED", "1")))
        except Exception as e:  # a claim this evaluator cannot read is reported
            print(f"{number}: ERROR {type(e).__name__}: {e} :: {text}")
            mismatches += 1
            continue
        ok = (label == "true") == (result[0] == "agrees")
        if not ok:
            mismatches += 1
        if result[0] == "agrees":
            print(f"{number}: {label} agrees (max rel diff {mp.nstr(result[1], 3)}, "
                  f"{result[2]} points, {result[3]} unconfirmed){'' if ok else '  <-- MISMATCH'} :: {text}")
        else:
            _, where, fam, entry, u, v, d, _ = result
            print(f"{number}: {label} differs at {where} ({fam}) entry {entry}: "
                  f"lhs {mp.nstr(u, 12)} rhs {mp.nstr(v, 12)} |diff| {mp.nstr(d, 5)}"
                  f"{'' if ok else '  <-- MISMATCH'} :: {text}")
    print(f"mismatches: {mismatches}")


if __name__ == "__main__":
    main()
