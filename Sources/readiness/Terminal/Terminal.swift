#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Facts about the terminal and simple writing to stdout and stderr.
enum Terminal {
    /// Whether standard output is a terminal.
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    /// Whether standard error is a terminal.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }
    /// Whether standard input is a terminal.
    static var stdinIsTTY: Bool { isatty(STDIN_FILENO) == 1 }

    /// Whether colour is allowed at all: `NO_COLOR` is unset or empty.
    static var colourAllowed: Bool {
        guard let value = getenv("NO_COLOR") else { return true }
        return String(cString: value).isEmpty
    }

    /// Writes text to standard error, control characters made visible (`TerminalText`).
    static func writeError(_ text: String) {
        TerminalText.forTerminal(text).withUTF8Bytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// Writes text to standard output through stdio, control characters made visible
    /// (`TerminalText`).
    static func writeOutput(_ text: String) {
        Swift.print(TerminalText.forTerminal(text), terminator: "")
    }

    /// Writes one line to standard output, as `writeOutput` writes.
    static func print(_ line: String = "") {
        writeOutput(line + "\n")
    }
}

/// ANSI styles, applied only when the stream is a terminal and colour is allowed.
struct Style {
    let enabled: Bool

    /// A style for standard output.
    static var stdout: Style { Style(enabled: Terminal.stdoutIsTTY && Terminal.colourAllowed) }
    /// A style for standard error.
    static var stderr: Style { Style(enabled: Terminal.stderrIsTTY && Terminal.colourAllowed) }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
