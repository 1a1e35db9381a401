import ArgumentParser
import Foundation

/// The `readiness` command: how far a startup is from investor-ready, and what to do next.
@main
struct Readiness: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Score startups against an investor-readiness rubric and write feedback reports.",
        discussion: """
            Exit codes: 0 fine, 1 an input was invalid or a check failed, 64 wrong usage.
            Colour is used only on a terminal and never when NO_COLOR is set.
            """,
        version: ReadinessVersion.current,
        subcommands: [
            AssessCommand.self, BatchCommand.self, PanelCommand.self, ValidateCommand.self, RubricsCommand.self,
            TemplatesCommand.self,
            InitCommand.self, AskCommand.self, CompareCommand.self, SchemaCommand.self,
            ExplainCommand.self,
        ]
    )

    /// Parses (holding back long file lists, see `ManyOperands`), then runs the command.
    static func main() {
        refuseArgumentsNotUTF8()
        let split = ManyOperands.split(Array(CommandLine.arguments.dropFirst()))
        do {
            refuseUnknownCommand(split.arguments)
            var command = try parseAsRoot(split.arguments)
            if !split.heldBack.isEmpty, var withFiles = command as? FileOperandsCommand & ParsableCommand {
                withFiles.files += split.heldBack
                command = withFiles
            }
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}

extension Readiness {
    /// Exits with a usage error (64) and a did-you-mean hint when an argument where a subcommand
    /// belongs (the first, or the one after a command that has subcommands) is not an option and
    /// names none: swift-argument-parser only says "unexpected argument".
    static func refuseUnknownCommand(_ arguments: [String]) {
        guard let (path, problem) = unknownCommand(in: arguments) else { return }
        Terminal.writeError(Problem.usageError(problem, command: path))
        Foundation.exit(64)
    }

    /// The command line of the command whose subcommand is unknown, and the problem; nil when
    /// every subcommand named is known.
    static func unknownCommand(in arguments: [String]) -> (String, Problem)? {
        var command: any ParsableCommand.Type = Readiness.self
        var path = "readiness"
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            // A default subcommand takes what is not one of the others as its own arguments.
            guard !subcommands.isEmpty, command.configuration.defaultSubcommand == nil,
                !argument.hasPrefix("-"), argument != "help"
            else { return nil }
            guard let next = subcommands.first(where: { $0._commandName == argument }) else {
                let names = subcommands.map { $0._commandName } + ["help"]
                return (path, .unknownCommand(argument, commands: names))
            }
            command = next
            path += " " + argument
        }
        return nil
    }

    /// Exits with a usage error (64) when an argument is not UTF-8: Swift would replace its
    /// bad bytes by `�`, and the file it names would then be reported missing.
    static func refuseArgumentsNotUTF8() {
        var refused = false
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map {
                UInt8(bitPattern: $0)
            }
            if String(validating: bytes, as: UTF8.self) == nil {
                DiagnosticPrinter().print(.nameNotUTF8, path: TerminalText.visible(bytes: bytes))
                refused = true
            }
        }
        if refused { Foundation.exit(64) }
    }
}

/// The tool's version.
enum ReadinessVersion {
    static let current = "0.1.0"
}
