/// Where `ask` reads its answers: one line at a time, nil at the end of input.
///
/// The command reads standard input (a terminal or a pipe alike); tests hand in scripted lines.
protocol LineSource {
    /// The next line without its line ending, or nil when input has ended.
    mutating func nextLine() -> String?
}

/// Lines from standard input.
struct StandardInputLines: LineSource {
    mutating func nextLine() -> String? {
        guard var line = readLine(strippingNewline: true) else { return nil }
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}

/// Lines given up front, for tests and scripts.
struct ScriptedLines: LineSource {
    private var lines: [String]
    private var index = 0

    /// Creates a source that yields these lines, then ends.
    init(_ lines: [String]) {
        self.lines = lines
    }

    mutating func nextLine() -> String? {
        guard index < lines.count else { return nil }
        defer { index += 1 }
        return lines[index]
    }
}
