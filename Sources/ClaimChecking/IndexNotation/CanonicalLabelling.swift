/// A canonical labelling of a term's summed indices, so that terms equal up
/// to renaming of summed indices get the same key.
///
/// The term is a small graph: factors (groups and deltas, labelled by their
/// value) joined by shared indices. Summed indices are first coloured by
/// refinement (range and the factors and positions they occur in, then the
/// colours of their neighbours, until stable); the colours are invariant
/// under renaming, so trying every order *within* each colour class and
/// keeping the smallest rendering gives a canonical form. When the classes
/// allow more than `maximumOrders` orders the first order is used: still a
/// correct renaming (so never unsound), possibly not canonical.
struct CanonicalLabelling {
    /// The most orders tried.
    package static let maximumOrders = 720

    /// The key of `term`, and the canonical name of each index label.
    /// `freeNames` names the free indices (by position).
    package static func key(
        of term: IndexMonomial, freeNames: [Int: String]
    ) -> (key: String, names: [Int: String]) {
        let items = factorItems(term)
        let bound = term.bound
        if bound.isEmpty {
            return (render(items, names: freeNames, bound: []), freeNames)
        }
        // Colour refinement.
        var colour: [Int: UInt64] = [:]
        for b in bound { colour[b.id] = fnv("range:\(b.dimension)") }
        var classCount = Set(colour.values).count
        for _ in 0...bound.count {
            var next: [Int: UInt64] = [:]
            for b in bound {
                var occurrences: [String] = []
                for item in items {
                    for (position, index) in item.indices.enumerated() where index.id == b.id {
                        let neighbours = item.indices.map { i -> String in
                            if let name = freeNames[i.id] { return name }
                            return "c\(colour[i.id] ?? 0)"
                        }
                        let where_ = item.symmetric ? "s" : "\(position)"
                        let ordered = item.symmetric ? neighbours.sorted() : neighbours
                        occurrences.append(
                            "\(item.label)@\(where_)(\(ordered.joined(separator: ",")))")
                    }
                }
                next[b.id] = fnv(
                    "\(colour[b.id] ?? 0)|" + occurrences.sorted().joined(separator: ";"))
            }
            colour = next
            let count = Set(colour.values).count
            if count == classCount { break }
            classCount = count
        }
        // Classes in colour order; every order within classes.
        let classes = Dictionary(grouping: bound, by: { colour[$0.id] ?? 0 }).sorted {
            $0.key < $1.key
        }.map(\.value)
        var orders = 1
        for c in classes {
            for k in 1...Swift.max(1, c.count) { orders = Swift.min(orders * k, maximumOrders + 1) }
        }
        var best: (key: String, names: [Int: String])? = nil
        func consider(_ order: [TensorIndex]) {
            var names = freeNames
            for (rank, b) in order.enumerated() { names[b.id] = "b\(rank)" }
            let text = render(items, names: names, bound: order)
            if best == nil || text < best!.key { best = (text, names) }
        }
        if orders > maximumOrders {
            consider(classes.flatMap { $0 })
        } else {
            var prefix: [TensorIndex] = []
            func enumerate(_ classIndex: Int) {
                if classIndex == classes.count { consider(prefix); return }
                for permutation in permutations(classes[classIndex]) {
                    prefix += permutation
                    enumerate(classIndex + 1)
                    prefix.removeLast(permutation.count)
                }
            }
            enumerate(0)
        }
        return best ?? (render(items, names: freeNames, bound: bound), freeNames)
    }

    /// A factor of the graph.
    package struct Item {
        let label: String
        let indices: [TensorIndex]
        let symmetric: Bool
    }

    package static func factorItems(_ term: IndexMonomial) -> [Item] {
        term.groups.map { Item(label: $0.value.description, indices: $0.indices, symmetric: false) }
            + term.deltas.map { Item(label: "δ", indices: [$0.first, $0.second], symmetric: true) }
    }

    package static func render(
        _ items: [Item], names: [Int: String], bound: [TensorIndex]
    ) -> String {
        let parts = items.map { item -> String in
            var indexNames = item.indices.map { names[$0.id] ?? "?\($0.id)" }
            if item.symmetric { indexNames.sort() }
            return "\(item.label)[\(indexNames.joined(separator: ","))]"
        }.sorted()
        return parts.joined(separator: "·") + " Σ("
            + bound.map { "\(names[$0.id] ?? "?"):\($0.dimension)" }.joined(separator: ",") + ")"
    }

    /// Every order of `elements` (small inputs only).
    package static func permutations<T>(_ elements: [T]) -> [[T]] {
        if elements.count <= 1 { return [elements] }
        var result: [[T]] = []
        for (i, e) in elements.enumerated() {
            var rest = elements
            rest.remove(at: i)
            for p in permutations(rest) { result.append([e] + p) }
        }
        return result
    }

    /// FNV-1a, 64 bits: a deterministic hash for colours.
    package static func fnv(_ text: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return h
    }
}
