import ReadinessKit

/// Prints diagnostics to standard error as `path:line:column: error: message`.
struct DiagnosticPrinter {
    private let style = Style.stderr
    /// When true, nothing is printed (a worker's copy of a resolver whose original already spoke).
    var silent = false

    /// Prints located diagnostics for a file, ordered by location.
    func print(_ diagnostics: [Diagnostic], path: String) {
        if silent { return }
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
        if silent { return }
        Terminal.writeError("\(style.bold("\(path):")) \(style.red(style.bold("error:"))) \(message)\n")
    }

    /// Prints a general error.
    func error(_ message: String) {
        if silent { return }
        Terminal.writeError("\(style.red(style.bold("error:"))) \(message)\n")
    }
}
