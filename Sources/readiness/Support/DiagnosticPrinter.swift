import ReadinessKit

/// Prints diagnostics to standard error as `path:line:column: error: message`.
struct DiagnosticPrinter {
    private let style = Style.stderr

    /// Prints located diagnostics for a file, ordered by location.
    func print(_ diagnostics: [Diagnostic], path: String) {
        var out = ""
        for diagnostic in diagnostics {
            let severity = diagnostic.severity == .error
                ? style.red(style.bold("error:")) : style.yellow(style.bold("warning:"))
            out += "\(style.bold("\(path):\(diagnostic.location):")) \(severity) \(diagnostic.message)\n"
        }
        Terminal.writeError(out)
    }

    /// Prints a problem that has no location inside a file (it cannot be read at all).
    func fileError(_ message: String, path: String) {
        Terminal.writeError("\(style.bold("\(path):")) \(style.red(style.bold("error:"))) \(message)\n")
    }

    /// Prints a general error.
    func error(_ message: String) {
        Terminal.writeError("\(style.red(style.bold("error:"))) \(message)\n")
    }
}
