/// Finds the tab behind a libyaml scanner error, so the reader can say "a tab" instead of
/// libyaml's "found character that cannot start any token".
///
/// YAML indents with spaces only; editors that insert tabs produce files libyaml refuses with
/// a message that does not name the tab. This looks at the line libyaml stopped on: when the
/// character at its mark is a tab, or its message is about a tab, the tab's location is found.
enum TabProblem {
    /// The message for a tab in a line's indentation (before any content, or after `- `).
    static let indentation = "a tab is used for indentation; YAML indents with spaces"
    /// The message for a tab elsewhere that libyaml refused.
    static let elsewhere = "a tab cannot stand here; YAML separates with spaces"

    /// The diagnostic for a tab at or near the 1-based `line` and `column` (in characters) of
    /// the text, when libyaml's `problem` there is about a tab; nil when it is not.
    static func diagnostic(
        problem: String, line: Int, column: Int, in bytes: UnsafeBufferPointer<UInt8>
    ) -> Diagnostic? {
        guard let text = lineBytes(line, in: bytes) else { return nil }
        let characters = characterStarts(text)
        let atMark = column >= 1 && column <= characters.count && text[characters[column - 1]] == tab
        let tabColumn: Int
        if atMark {
            tabColumn = column
        } else if problem.contains("tab"), let first = characters.firstIndex(where: { text[$0] == tab }) {
            tabColumn = first + 1
        } else {
            return nil
        }
        let before = text[..<characters[tabColumn - 1]]
        let isIndentation = before.allSatisfy { $0 == space || $0 == tab || $0 == dash || $0 == question }
        return .error(
            isIndentation ? indentation : elsewhere, at: SourceLocation(line: line, column: tabColumn),
            code: .tabIndentation)
    }

    // MARK: - Private

    private static let tab: UInt8 = 0x09
    private static let space: UInt8 = 0x20
    private static let dash: UInt8 = 0x2D
    private static let question: UInt8 = 0x3F

    /// The bytes of a 1-based line, without its line break.
    private static func lineBytes(_ line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> ArraySlice<UInt8>? {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count, current < line {
            let byte = bytes[index]
            index += 1
            if byte == 0x0A || (byte == 0x0D && (index >= bytes.count || bytes[index] != 0x0A)) {
                current += 1
                start = index
            }
        }
        guard current == line else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        return Array(bytes[start..<end])[...]
    }

    /// The offset of each character's first byte (UTF-8 continuation bytes skipped).
    private static func characterStarts(_ text: ArraySlice<UInt8>) -> [Int] {
        text.indices.filter { text[$0] & 0xC0 != 0x80 }
    }
}
