/// Minimal option parsing: flags (`--json`) and options with a value (`--seed 7`).
struct Arguments {
    private(set) var positional: [String] = []
    private var flags: Set<String> = []
    private var values: [String: String] = [:]

    /// Parses `arguments`; `valueOptions` are the options that take a value.
    init(_ arguments: [String], flags allowedFlags: Set<String>, valueOptions: Set<String>) throws {
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a == "--" {
                // Everything after `--` is positional, e.g. a claim starting with `-`.
                positional += arguments[(i + 1)...]
                break
            }
            if a.hasPrefix("--") {
                if let eq = a.firstIndex(of: "=") {
                    let key = String(a[..<eq]), value = String(a[a.index(after: eq)...])
                    guard valueOptions.contains(key) else {
                        throw UsageError("unknown option '\(key)'")
                    }
                    values[key] = value
                } else if allowedFlags.contains(a) {
                    flags.insert(a)
                } else if valueOptions.contains(a) {
                    guard i + 1 < arguments.count else {
                        throw UsageError("option '\(a)' needs a value")
                    }
                    values[a] = arguments[i + 1]
                    i += 1
                } else {
                    throw UsageError("unknown option '\(a)'")
                }
            } else {
                positional.append(a)
            }
            i += 1
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }
    func value(_ name: String) -> String? { values[name] }

    /// An integer option, or `defaultValue` when absent.
    func int(_ name: String, default defaultValue: Int) throws -> Int {
        guard let v = values[name] else { return defaultValue }
        guard let i = Int(v) else {
            throw UsageError("option '\(name)' expects an integer, got '\(v)'")
        }
        return i
    }

    /// A `UInt64` option (seeds), or `defaultValue` when absent.
    func seed(_ name: String = "--seed", default defaultValue: UInt64) throws -> UInt64 {
        guard let v = values[name] else { return defaultValue }
        guard let i = UInt64(v) else {
            throw UsageError("option '\(name)' expects a non-negative integer, got '\(v)'")
        }
        return i
    }

    /// A finite `Double` option, or `nil` when absent.
    func double(_ name: String) throws -> Double? {
        guard let v = values[name] else { return nil }
        guard let d = Double(v), d.isFinite else {
            throw UsageError("option '\(name)' expects a finite number, got '\(v)'")
        }
        return d
    }
}
