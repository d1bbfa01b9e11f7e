import Foundation

/// Finds the seed notes on disk: `$MATCHECK_SEEDS`, else `notes/seeds` in the
/// working directory, else `notes/seeds` of the package this file was built from.
public enum SeedFiles {
    /// The directory that holds the seed notes, if one is found.
    public static var directory: URL? {
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["MATCHECK_SEEDS"] {
            candidates.append(URL(fileURLWithPath: env))
        }
        candidates.append(
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                .appendingPathComponent("notes/seeds"))
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { root.deleteLastPathComponent() }
        candidates.append(root.appendingPathComponent("notes/seeds"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The text of a seed note, if found.
    public static func text(of seed: String) -> String? {
        guard let url = directory?.appendingPathComponent(seed) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
