import Derivations
import Foundation

/// `matcheck notes [--output DIR] [--check]`: writes (or checks) the generated
/// teaching reference in `notes/`.
struct NotesCommand: Command {
    let name = "notes"
    let summary =
        "write notes/ (README, one page per seed note, ERRATA) from the verified catalogue"
    let usage = """
        usage: matcheck notes [--output DIR] [--check]

          --output DIR   where to write (default: notes)
          --check        do not write; exit 1 if DIR differs from what would be written
        """

    func run(_ arguments: [String]) throws -> Int32 {
        let args = try Arguments(arguments, flags: ["--check"], valueOptions: ["--output"])
        let directory = args.value("--output") ?? "notes"
        let files = NotesGenerator.generate()
        let fm = FileManager.default
        if args.flag("--check") {
            var drift: [String] = []
            for f in files {
                let path = directory + "/" + f.path
                let existing = fm.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
                if existing != f.contents { drift.append(path) }
            }
            if drift.isEmpty { print("notes/ is up to date (\(files.count) files)."); return 0 }
            printError(
                "notes/ differs from the generated notes: \(drift.joined(separator: ", ")). "
                    + "Run `swift run matcheck notes`.")
            return 1
        }
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for f in files {
            try f.contents.write(
                toFile: directory + "/" + f.path, atomically: true, encoding: .utf8)
        }
        print("wrote \(files.count) files to \(directory)/")
        return 0
    }
}
