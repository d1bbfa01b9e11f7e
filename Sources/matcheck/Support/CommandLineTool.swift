/// The `matcheck` command-line tool: the list of commands and the dispatcher.
enum CommandLineTool {
    /// Every command, in the order `--help` lists them. The first is the
    /// default when `matcheck` runs with no arguments.
    static let commands: [Command] = [
        VerifyCommand(),
        ListCommand(),
        CheckCommand(),
        TexCommand(),
        DeriveCommand(),
        NotesCommand(),
        SelfCheckCommand(),
        TrainCommand(),
        BenchCommand(),
    ]

    static var help: String {
        var lines = [
            "matcheck: executable, checked derivations of the matrix calculus of deep learning.",
            "",
            "usage: matcheck [command] [options]",
            "",
            "commands:",
        ]
        let width = commands.map(\.name.count).max() ?? 0
        for c in commands {
            lines.append(
                "  " + c.name + String(repeating: " ", count: width + 2 - c.name.count) + c.summary)
        }
        lines.append("")
        lines.append(
            """
                With no command, matcheck runs `\(commands[0].name)`. `matcheck <command> --help` \
                shows its options.
                """
        )
        return lines.joined(separator: "\n")
    }

    static func run(_ arguments: [String]) -> Int32 {
        if arguments.first == "--help" || arguments.first == "-h" || arguments.first == "help" {
            print(help)
            return 0
        }
        let command: Command
        var rest = arguments
        if let first = arguments.first, !first.hasPrefix("-") {
            guard let found = commands.first(where: { $0.name == first }) else {
                printError("matcheck: unknown command '\(first)'\n\n" + help)
                return 2
            }
            command = found
            rest.removeFirst()
        } else {
            command = commands[0]
        }
        if rest.contains("--help") || rest.contains("-h") {
            print(command.usage)
            return 0
        }
        do {
            return try command.run(rest)
        } catch let error as UsageError {
            printError("matcheck \(command.name): \(error.description)\n\(command.usage)")
            return 2
        } catch {
            printError("matcheck \(command.name): \(error)")
            return 2
        }
    }
}
