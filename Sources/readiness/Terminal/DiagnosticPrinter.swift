import ReadinessKit

/// Prints diagnostics to standard error as `path:line:column: error: message`, problems with a
/// whole file as `path: error: message`, and the CLI's own problems (`Problem`) the same way.
///
/// Paths and messages are shown by `TerminalText.visible`: a file name with a line feed or an
/// escape sequence cannot forge a line or drive the terminal.
struct DiagnosticPrinter: Sendable {
    private let style = Style.stderr
    /// When true, nothing is printed (a worker's copy of a resolver whose original already spoke).
    var silent = false

    /// Prints located diagnostics for a file, ordered by location.
    func print(_ diagnostics: [Diagnostic], path: String) {
        if silent { return }
        var out = ""
        for diagnostic in diagnostics {
            let severity = diagnostic.severity == .error ? errorLabel : warningLabel
            // A problem inside a base rubric reached through `extends` names that file.
            let file = TerminalText.visible(diagnostic.origin ?? path)
            out +=
                "\(style.bold("\(file):\(diagnostic.location):")) \(severity) \(TerminalText.visible(diagnostic.message))\n"
        }
        Terminal.writeError(out)
    }

    /// Prints a problem that has no location inside a file (it cannot be read at all).
    func fileError(_ message: String, path: String) {
        if silent { return }
        Terminal.writeError(
            "\(style.bold("\(TerminalText.visible(path)):")) \(errorLabel) \(TerminalText.visible(message))\n")
    }

    /// Prints one of the CLI's problems with a file or folder.
    func print(_ problem: Problem, path: String) {
        fileError(problem.description, path: path)
    }

    /// Prints a file that could not be written, and why.
    func print(_ failure: AtomicWriter.Failure) {
        print(failure.problem, path: failure.path)
    }

    /// Prints a problem of the whole run, with no file to name.
    func error(_ problem: Problem) {
        error(problem.description)
    }

    /// Prints a general error (a message the kit made, such as a rubric lookup's).
    func error(_ message: String) {
        if silent { return }
        Terminal.writeError("\(errorLabel) \(TerminalText.visible(message))\n")
    }

    /// Prints a warning of the whole run.
    func warning(_ problem: Problem) {
        if silent { return }
        Terminal.writeError("\(warningLabel) \(TerminalText.visible(problem.description))\n")
    }

    // MARK: - Private

    private var errorLabel: String { style.red(style.bold("error:")) }
    private var warningLabel: String { style.yellow(style.bold("warning:")) }
}
