#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Entry point: dispatch to a command and exit with its status.
exit(CommandLineTool.run(Array(CommandLine.arguments.dropFirst())))
