import ArgumentParser

/// The `readiness` command: how far a startup is from investor-ready, and what to do next.
@main
struct Readiness: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readiness",
        abstract: "Score startups against an investor-readiness rubric and write feedback reports.",
        discussion: """
            Exit codes: 0 fine, 1 an input was invalid or a check failed, 64 wrong usage.
            Colour is used only on a terminal and never when NO_COLOR is set.
            """,
        version: ReadinessVersion.current,
        subcommands: [
            AssessCommand.self, ValidateCommand.self, RubricsCommand.self,
        ]
    )
}

/// The tool's version.
enum ReadinessVersion {
    static let current = "0.1.0"
}
