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
