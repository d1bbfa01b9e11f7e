"""Peer for `matcheck bench derive`: SymPy's matrix derivatives on the same list.

The list is read from `matcheck bench derive --json` (the "input" of every row),
so both tools see exactly the same inputs. Each input is translated by a small
parser of the claim language into SymPy matrix expressions (MatrixSymbol with
symbolic dimensions; `tr` -> Trace, `det` -> Determinant, `inv` -> Inverse,
`.*` -> hadamard_product, elementwise functions -> applyfunc, a 1x1 value used
as a scalar -> Trace of it), then differentiated the idiomatic way:
`f.diff(X)` for grad, `F.diff(X)` for jac, `f.diff(X).diff(X)` for hess.

Derived: SymPy returned without an exception and without an unevaluated
Derivative. Correct: at dimension 3 and a seeded point (entries 0.5 + U[0,1),
3 added on the diagonal of square matrices, symmetric ones symmetrised), the
result agrees with central finite differences of the same SymPy input
(relative 1e-4). Gradients must have the variable's shape (a vector may be a
row or a column); Jacobians and Hessians are accepted in any layout (any
permutation of the four axes), which favours SymPy. For a symmetric variable
the reference is the symmetric part of the unconstrained gradient (our
convention, see docs/derive.md). Inputs SymPy cannot express (derivatives with
respect to vec(X) or X', grad_entries) count as not derived.

Run: swift run -c release matcheck bench derive --json > derive.jsonl
     python3 docs/peers/sympy_derive.py derive.jsonl
Prints one JSON line per input and a summary line
{"bench":"derive","peer":"sympy","derivatives":N,"derived":D,"correct":C,...}.
"""
import itertools
import json
import re
import signal
import sys
import time

import numpy as np
import sympy as sp
from sympy.matrices.expressions.applyfunc import ElementwiseApplyFunction

TIMEOUT = 30


class Unsupported(Exception):
    pass


def tokenize(text):
    spec = r"\s*(?:(\d+\.\d*|\d+)|([A-Za-z_][A-Za-z_0-9]*)|(\.\*|\./|\.\^|==|[-+*/^'(),;:=]))"
    pos, out = 0, []
    text = text.rstrip()
    while pos < len(text):
        m = re.compile(spec).match(text, pos)
        if not m or m.end() == pos:
            raise Unsupported(f"cannot tokenize at {text[pos:]!r}")
        out.append(m.group(1) or m.group(2) or m.group(3))
        pos = m.end()
    return out + ["<end>"]


def one_by_one(e):
    return isinstance(e, sp.MatrixExpr) and e.shape == (1, 1)


def is_mat(e):
    return isinstance(e, sp.MatrixExpr) and e.shape != (1, 1)


def scal(e):
    return sp.Trace(e) if one_by_one(e) else e


SIGMOID = lambda t: 1 / (1 + sp.exp(-t))
ELEMENTWISE = {"exp": sp.exp, "log": sp.log, "tanh": sp.tanh, "sigmoid": SIGMOID, "sqrt": sp.sqrt,
               "sin": sp.sin, "cos": sp.cos, "abs": sp.Abs, "softplus": lambda t: sp.log(1 + sp.exp(t))}


class Translator:
    def __init__(self, symbols, dims, definitions=None):
        self.symbols, self.dims, self.definitions = symbols, dims, definitions or {}

    def parse(self, tokens):
        self.t, self.i = tokens, 0
        e = self.sum()
        if self.t[self.i] != "<end>":
            raise Unsupported(f"unexpected {self.t[self.i]}")
        return e

    def peek(self):
        return self.t[self.i]

    def take(self, expected=None):
        tok = self.t[self.i]
        if expected and tok != expected:
            raise Unsupported(f"expected {expected}, found {tok}")
        self.i += 1
        return tok

    def sum(self):
        e = self.product()
        while self.peek() in ("+", "-"):
            op, r = self.take(), self.product()
            e = add(e, r if op == "+" else neg(r))
        return e

    def product(self):
        e = self.unary()
        while self.peek() in ("*", ".*", "./", "/"):
            op, r = self.take(), self.unary()
            e = {"*": mul, ".*": had, "./": ediv, "/": div}[op](e, r)
        return e

    def unary(self):
        if self.peek() == "-":
            self.take()
            return neg(self.unary())
        return self.power()

    def power(self):
        base = self.postfix()
        if self.peek() in ("^", ".^"):
            op = self.take()
            if self.peek() == "T":
                self.take()
                return base.T if isinstance(base, sp.MatrixExpr) else base
            exponent = scal(self.unary())
            if op == ".^":
                return sp.HadamardPower(base, exponent) if is_mat(base) else scal(base) ** exponent
            return base ** exponent if is_mat(base) else scal(base) ** exponent
        return base

    def postfix(self):
        e = self.atom()
        while self.peek() == "'":
            self.take()
            e = e.T if isinstance(e, sp.MatrixExpr) else e
        return e

    def atom(self):
        tok = self.take()
        if tok == "(":
            e = self.sum()
            self.take(")")
            return e
        if re.match(r"\d", tok):
            return sp.Rational(tok)
        if self.peek() == "(":
            self.take("(")
            args = [self.sum()]
            while self.peek() == ",":
                self.take()
                args.append(self.sum())
            self.take(")")
            return self.call(tok, args)
        if tok in self.definitions:
            return self.definitions[tok]
        if tok in self.symbols:
            return self.symbols[tok]
        if tok in self.dims:
            return self.dims[tok]
        raise Unsupported(f"unknown name {tok}")

    def call(self, name, args):
        a = args[0]
        if name in ELEMENTWISE:
            f = ELEMENTWISE[name]
            return a.applyfunc(f) if is_mat(a) else f(scal(a))
        if name in ("tr", "Tr"):
            return sp.Trace(a)
        if name == "det":
            return sp.Determinant(a)
        if name == "inv":
            return sp.Inverse(a) if is_mat(a) else 1 / scal(a)
        if name == "adj":
            return sp.Determinant(a) * sp.Inverse(a)
        if name == "kron":
            return sp.KroneckerProduct(a, args[1])
        if name == "norm":
            return sp.sqrt(sp.Trace(a.T * a))
        if name == "sum":
            if not is_mat(a):
                return scal(a)
            return sp.Trace(sp.OneMatrix(1, a.shape[0]) * a * sp.OneMatrix(a.shape[1], 1))
        if name == "diag":
            return sp.DiagMatrix(a) if a.shape[1] == 1 else sp.DiagonalOf(a)
        if name == "eye":
            return sp.Identity(a)
        if name == "ones":
            return sp.OneMatrix(a, args[1] if len(args) > 1 else 1)
        raise Unsupported(f"no SymPy translation for {name}")


def neg(a):
    return -a


def add(a, b):
    if is_mat(a) and not is_mat(b):
        return a + scal(b) * sp.OneMatrix(*a.shape)
    if is_mat(b) and not is_mat(a):
        return scal(a) * sp.OneMatrix(*b.shape) + b
    if is_mat(a):
        return a + b
    return scal(a) + scal(b)


def mul(a, b):
    if isinstance(a, sp.MatrixExpr) and isinstance(b, sp.MatrixExpr) and (is_mat(a) or is_mat(b)):
        if a.shape[1] == b.shape[0]:
            return a * b
    if is_mat(a) and not is_mat(b):
        return scal(b) * a
    if is_mat(b) and not is_mat(a):
        return scal(a) * b
    if isinstance(a, sp.MatrixExpr) and isinstance(b, sp.MatrixExpr):
        return a * b
    return scal(a) * scal(b)


def had(a, b):
    if is_mat(a) and is_mat(b):
        return sp.hadamard_product(a, b)
    return mul(a, b)


def ediv(a, b):
    if is_mat(b):
        inverse = sp.HadamardPower(b, -1)
        return sp.hadamard_product(a, inverse) if is_mat(a) else scal(a) * inverse
    return div(a, b)


def div(a, c):
    return a * (1 / scal(c)) if is_mat(a) else scal(a) / scal(c)


def split_input(text):
    definitions = []
    while text.startswith("let "):
        head, text = text.split(";", 1)
        name, value = head[4:].split("=", 1)
        definitions.append((name.strip(), value.strip()))
        text = text.strip()
    body, _, where = text.partition(" where ")
    declarations = [d.strip() for d in where.split(",")] if where else []
    return definitions, body.strip(), declarations


def build(text, shapes=None):
    definitions, body, declarations = split_input(text)
    # matcheck's inferred shapes ("(m×n)") declare the names the input leaves undeclared.
    declared = {d.split(":")[0].strip() for d in declarations}
    for name, shape in (shapes or {}).items():
        if name not in declared:
            rows, cols = shape.strip("()").split("×")
            declarations.append(f"{name}: {rows} x {cols}")
    m = re.match(r"^(grad_entries|grad|jac|hess)\((.*),\s*([^,]+)\)$", body)
    if not m:
        raise Unsupported("not a derivative")
    op, function, variable = m.groups()
    if op == "grad_entries" or not re.match(r"^[A-Za-z_]\w*$", variable):
        raise Unsupported(f"SymPy has no derivative with respect to {variable} ({op})")
    dims, symbols, symmetric, shapes = {}, {}, set(), {}

    def dim(name):
        if re.match(r"^\d+$", name):
            return int(name)
        dims.setdefault(name, sp.Symbol(name, integer=True, positive=True))
        return dims[name]

    for d in declarations:
        name, kind = [s.strip() for s in d.split(":", 1)]
        words = kind.split()
        if words == ["integer"]:
            dims[name] = sp.Symbol(name, integer=True)
            continue
        if words == ["scalar"]:
            symbols[name] = sp.Symbol(name)
            shapes[name] = (1, 1)
            continue
        if "symmetric" in words:
            symmetric.add(name)
            words.remove("symmetric")
        rows, cols = (words[0], words[2]) if len(words) >= 3 else (words[0], "1")
        symbols[name] = sp.MatrixSymbol(name, dim(rows), dim(cols))
        shapes[name] = (rows, cols)
    # Undeclared names (y in the sigmoid example) take the shape of b's rows, as our inference does.
    for name in set(re.findall(r"[A-Za-z_]\w*", body + " " + " ".join(v for _, v in definitions))):
        if name not in symbols and name not in dims and name not in ELEMENTWISE and name not in (
                "tr", "Tr", "det", "inv", "adj", "kron", "norm", "sum", "diag", "eye", "ones", "grad", "jac",
                "hess") and name not in [n for n, _ in definitions]:
            rows = shapes.get("b", ("n", "1"))[0]
            symbols[name] = sp.MatrixSymbol(name, dim(rows), 1)
            shapes[name] = (rows, "1")
    translator = Translator(symbols, dims)
    for name, value in definitions:
        translator.definitions[name] = translator.parse(tokenize(value))
    f = translator.parse(tokenize(function))
    return op, f, symbols[variable], symbols, dims, symmetric


def point(symbols, dims, symmetric, n=3, seed=7):
    rng = np.random.default_rng(seed)
    values = {}
    for name, s in symbols.items():
        if not isinstance(s, sp.MatrixSymbol):
            values[name] = 0.5 + rng.random()
            continue
        r = int(s.shape[0].subs({d: n for d in dims.values()}))
        c = int(s.shape[1].subs({d: n for d in dims.values()}))
        m = 0.5 + rng.random((r, c))
        if r == c and r > 1:
            if name in symmetric:
                m = (m + m.T) / 2
            m = m + r * np.eye(r)
        values[name] = m
    return values


def substitution(symbols, dims, values, n=3):
    sub = {d: (2 if str(d) == "k" else n) for d in dims.values()}
    for name, s in symbols.items():
        sub[s] = sp.Matrix(values[name]) if isinstance(s, sp.MatrixSymbol) else values[name]
    return sub


def numeric(expr, sub):
    """The value of a SymPy expression at a point: dimensions first, then the
    matrices (keyed by their dimension-substituted symbols), then doit."""
    dimension_sub = {k: v for k, v in sub.items() if isinstance(k, sp.Symbol) and k.is_integer}
    replacements = {}
    for k, v in sub.items():
        if isinstance(k, sp.MatrixSymbol):
            replacements[k.subs(dimension_sub)] = sp.ImmutableMatrix(v)
        elif k not in dimension_sub:
            replacements[k] = sp.Float(v)
    e = sp.sympify(expr).subs(dimension_sub).xreplace(replacements)
    explicit = (ElementwiseApplyFunction, sp.OneMatrix, sp.Identity, sp.ZeroMatrix)
    for _ in range(4):
        e = e.replace(lambda t: isinstance(t, explicit) and all(getattr(d, "is_Integer", False) for d in t.shape),
                      lambda t: t.as_explicit())
        e = e.doit()
    for _ in range(3):
        if isinstance(e, (sp.MatrixBase, sp.NDimArray)) or getattr(e, "is_number", False):
            break
        if hasattr(e, "as_explicit"):
            e = e.as_explicit()
        e = e.doit()
    if isinstance(e, sp.MatrixBase):
        return np.array(e.applyfunc(lambda t: sp.N(sp.sympify(t).doit())).tolist(), dtype=float)
    if isinstance(e, sp.NDimArray):
        return np.array(e.applyfunc(lambda t: sp.N(sp.sympify(t).doit())).tolist(), dtype=float)
    return np.array(float(sp.N(e)))


def reference(op, f, x, symbols, dims, values, symmetric):
    name = str(x)
    base = values[name]

    def f_at(m):
        moved = dict(values)
        moved[name] = m
        return np.atleast_1d(numeric(f, substitution(symbols, dims, moved))).astype(float).ravel()

    h = 1e-5
    f0 = f_at(base)
    d = np.zeros(f0.shape + base.shape)
    for idx in np.ndindex(base.shape):
        e = np.zeros(base.shape)
        e[idx] = h
        d[(Ellipsis,) + idx] = (f_at(base + e) - f_at(base - e)) / (2 * h)
    if op == "hess":
        h2 = 1e-4
        g = lambda m: np.array([((f_at(m + eij) - f_at(m - eij)) / (2 * h2)).item()
                                for eij in basis(base.shape, h2)]).reshape(base.shape)
        d = np.zeros(base.shape + base.shape)
        for idx in np.ndindex(base.shape):
            e = np.zeros(base.shape)
            e[idx] = h2
            d[(Ellipsis,) + idx] = (g(base + e) - g(base - e)) / (2 * h2)
    elif op == "grad":
        d = d.reshape(base.shape)
        if name in symmetric:
            d = (d + d.T) / 2
    return d


def basis(shape, h):
    for idx in np.ndindex(shape):
        e = np.zeros(shape)
        e[idx] = h
        yield e


def agrees(op, result, ref, x_shape):
    scale = max(1.0, np.max(np.abs(ref)))
    close = lambda a, b: a.shape == b.shape and np.max(np.abs(a - b)) <= 1e-4 * scale
    r = np.array(result, dtype=float)
    if op == "grad":
        if r.size != ref.size:
            return False
        squeezed = r.reshape([s for s in r.shape if s != 1] or [1])
        if squeezed.shape == tuple(s for s in ref.shape if s != 1) or 1 in x_shape:
            return close(squeezed.reshape(ref.shape), ref)   # singleton axes dropped; a vector as a row or a column
        return False
    if r.size != ref.size:
        return False
    ref = ref.reshape([s for s in ref.shape if s != 1] or [1])
    for perm in itertools.permutations(range(ref.ndim)):
        candidate = np.transpose(ref, perm)
        for order in ("C", "F"):
            if close(r.reshape(candidate.shape, order=order) if r.shape != candidate.shape else r, candidate):
                return True
    return False


def alarm(signum, frame):
    raise TimeoutError()


def run(text, shapes=None):
    row = {"bench": "derive", "peer": "sympy", "input": text}
    try:
        op, f, x, symbols, dims, symmetric = build(text, shapes)
    except Unsupported as error:
        row.update(derived=False, reason=str(error), seconds=0.0)
        return row
    # Two formulations of a scalar objective, the better one for SymPy: the 1x1
    # matrix expression (idiomatic: (x.T*A*x).diff(x)) first, and if SymPy raises
    # on it, the Trace of it that we use to read a 1x1 value as a scalar.
    formulations = [f]
    if op in ("grad", "hess"):
        try:
            inner = f.replace(lambda t: isinstance(t, sp.Trace) and t.arg.shape == (1, 1), lambda t: t.arg)
            if isinstance(inner, sp.MatrixExpr) and inner.shape == (1, 1):
                formulations = [inner, f]
        except Exception:
            pass
    signal.signal(signal.SIGALRM, alarm)
    signal.alarm(TIMEOUT)
    start = time.perf_counter()
    try:
        for attempt, g in enumerate(formulations):
            try:
                result = g.diff(x) if op != "hess" else g.diff(x).diff(x)
                f = g
                break
            except Exception:
                if attempt == len(formulations) - 1:
                    raise
        seconds = time.perf_counter() - start
        text_result = str(result)
        derived = "Derivative" not in text_result
        row.update(result=text_result[:200], derived=derived, seconds=seconds)
    except TimeoutError:
        row.update(derived=False, reason=f"timeout {TIMEOUT} s", seconds=float(TIMEOUT))
        return row
    except Exception as error:  # SymPy raises NotImplementedError, TypeError, … on some inputs
        row.update(derived=False, reason=f"{type(error).__name__}: {str(error)[:120]}", seconds=time.perf_counter() - start)
        return row
    finally:
        signal.alarm(0)
    if not row["derived"]:
        return row
    try:
        signal.alarm(TIMEOUT * 4)
        values = point(symbols, dims, symmetric)
        sub = substitution(symbols, dims, values)
        ref = reference(op, f, x, symbols, dims, values, symmetric)
        res = numeric(result, sub)
        row["correct"] = bool(agrees(op, res, ref, values[str(x)].shape))
    except Exception as error:
        # The result could not be evaluated at the point: neither confirmed nor shown wrong.
        row["correct"] = None
        row["evaluation_error"] = f"{type(error).__name__}: {str(error)[:120]}"
    finally:
        signal.alarm(0)
    return row


if __name__ == "__main__":
    inputs = []
    with open(sys.argv[1]) as rows:
        for line in rows:
            r = json.loads(line)
            if "input" in r:
                inputs.append((r["input"], r.get("shapes")))
    results = []
    for text, shapes in inputs:
        row = run(text, shapes)
        results.append(row)
        print(json.dumps(row), flush=True)
    derived = [r for r in results if r["derived"]]
    times = sorted(r["seconds"] for r in derived) or [0.0]
    print(json.dumps({"bench": "derive", "peer": "sympy", "sympy": sp.__version__, "derivatives": len(results),
                      "derived": len(derived), "correct": sum(1 for r in derived if r.get("correct") is True),
                      "wrong": sum(1 for r in derived if r.get("correct") is False),
                      "not_evaluable": sum(1 for r in derived if r.get("correct") is None),
                      "median_seconds": times[len(times) // 2], "max_seconds": times[-1]}))
