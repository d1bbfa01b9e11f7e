import Derivations

/// `matcheck list`: the derivations of the catalogue, by seed note.
struct ListCommand: Command {
    let name = "list"
    let summary = "list the derivations of the catalogue, by seed note"
    let usage = "usage: matcheck list"

    func run(_ arguments: [String]) throws -> Int32 {
        _ = try Arguments(arguments, flags: [], valueOptions: [])
        for note in Catalogue.notes {
            print("\(note.seed)  \(note.title)")
            for d in note.derivations {
                let errata = d.steps.filter(\.isErratum).count
                let counts = "\(d.steps.count) steps" + (errata > 0 ? ", \(errata) errata" : "")
                print("  \(d.id)  (\(counts))  \(d.title)")
            }
        }
        return 0
    }
}
