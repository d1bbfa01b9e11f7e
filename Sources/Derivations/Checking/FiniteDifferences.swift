/// Richardson-extrapolated central differences with an error estimate
/// (Richardson 1911; the table of Ridders 1982 truncated at three steps).
///
/// For a step `h`, central differences have an error expansion in even
/// powers `c₂h² + c₄h⁴ + …`; with `D(h), D(h/2), D(h/4)` two extrapolations
/// remove the `h²` and `h⁴` terms. The error estimate is the difference
/// between the last two extrapolants plus the rounding amplification
/// `≈ 10·u·max|f|/h_min` (first derivatives) or `/h_min²` (second).
enum FiniteDifferences {
    struct Estimate {
        var values: [Double]
        var errors: [Double]
    }

    /// Richardson on three central differences with steps `h, h/2, h/4`.
    static func extrapolate(_ d0: [Double], _ d1: [Double], _ d2: [Double], rounding: [Double]) -> Estimate {
        var values: [Double] = [], errors: [Double] = []
        for i in d0.indices {
            let r11 = (4 * d1[i] - d0[i]) / 3
            let r21 = (4 * d2[i] - d1[i]) / 3
            let r22 = (16 * r21 - r11) / 15
            values.append(r22)
            errors.append(Swift.abs(r22 - r21) + rounding[i])
        }
        return Estimate(values: values, errors: errors)
    }

    /// `∂vec F/∂(vec X)ᵀ` column by column; `f` maps a perturbed `vec X` to `vec F`.
    static func jacobian(at x: [Double], _ f: ([Double]) throws -> [Double]) throws -> (Matrix<Double>, Matrix<Double>) {
        var values: [Double] = [], errors: [Double] = []
        var rows = 0
        for k in x.indices {
            let h0 = 0.0625 * Swift.max(1, Swift.abs(x[k]))
            var differences: [[Double]] = []
            var scale: [Double] = []
            for level in 0..<3 {
                let h = h0 / Double(1 << level)
                var plus = x, minus = x
                plus[k] += h
                minus[k] -= h
                let fp = try f(plus), fm = try f(minus)
                differences.append(zip(fp, fm).map { ($0 - $1) / (2 * h) })
                if scale.isEmpty { scale = Array(repeating: 0, count: fp.count) }
                for i in fp.indices { scale[i] = Swift.max(scale[i], Swift.abs(fp[i]), Swift.abs(fm[i])) }
            }
            let hMin = h0 / 4
            let rounding = scale.map { 20 * BoundedDouble.unitRoundoff * $0 / hMin }
            let e = extrapolate(differences[0], differences[1], differences[2], rounding: rounding)
            rows = e.values.count
            values += e.values
            errors += e.errors
        }
        return (try Matrix(rows: rows, cols: x.count, storage: values), try Matrix(rows: rows, cols: x.count, storage: errors))
    }

    /// `∂²f/∂vec X ∂(vec X)ᵀ` for a scalar `f`, by second central differences.
    static func hessian(at x: [Double], _ f: ([Double]) throws -> Double) throws -> (Matrix<Double>, Matrix<Double>) {
        let n = x.count
        var values = Array(repeating: 0.0, count: n * n), errors = values
        let f0 = try f(x)
        for i in 0..<n {
            for j in i..<n {
                let h0 = 0.125 * Swift.max(1, Swift.abs(x[i]), Swift.abs(x[j]))
                var d: [[Double]] = []
                var scale = Swift.abs(f0)
                for level in 0..<3 {
                    let h = h0 / Double(1 << level)
                    func at(_ a: Double, _ b: Double) throws -> Double {
                        var p = x
                        p[i] += a
                        p[j] += b
                        let v = try f(p)
                        scale = Swift.max(scale, Swift.abs(v))
                        return v
                    }
                    let value: Double
                    if i == j {
                        value = (try at(h, h) - 2 * f0 + (try at(-h, -h))) / (4 * h * h)
                    } else {
                        value = (try at(h, h) - (try at(h, -h)) - (try at(-h, h)) + (try at(-h, -h))) / (4 * h * h)
                    }
                    d.append([value])
                }
                let hMin = h0 / 4
                let e = extrapolate(d[0], d[1], d[2], rounding: [40 * BoundedDouble.unitRoundoff * scale / (hMin * hMin)])
                values[i + j * n] = e.values[0]; values[j + i * n] = e.values[0]
                errors[i + j * n] = e.errors[0]; errors[j + i * n] = e.errors[0]
            }
        }
        return (try Matrix(rows: n, cols: n, storage: values), try Matrix(rows: n, cols: n, storage: errors))
    }
}
