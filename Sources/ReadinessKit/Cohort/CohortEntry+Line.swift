/// A one-line text form of a cohort entry, so a store can keep entries outside memory.
///
/// Fields are separated by tabs; tabs, newlines and backslashes inside text are escaped.
extension CohortEntry {
    /// The entry as one line, without the newline.
    public func encodedLine() -> String {
        let dimensions = dimensionScores.map { $0.map { "\($0)" } ?? "" }.joined(separator: ",")
        let levelText = levels.map { $0.map(String.init).joined(separator: ",") } ?? "-"
        let fields = [
            Self.escape(startup), Self.escape(source), Self.escape(slug), "\(score)", Self.escape(verdict.id),
            Self.escape(verdict.label), "\(verdict.min)", dimensions, levelText,
            gatesFailed.map(Self.escape).joined(separator: "\u{1F}"), String(unansweredCount),
        ]
        return fields.joined(separator: "\t")
    }

    /// Reads an entry back from `encodedLine()`; nil if the line is not one.
    public init?(encodedLine line: Substring) {
        // Split on the tab byte: splitting Characters would run grapheme breaking over the line.
        let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
        guard fields.count == 11, let score = Double(fields[3]), let min = Double(fields[6]),
              let unanswered = Int(fields[10]) else { return nil }
        startup = Self.unescape(fields[0])
        source = Self.unescape(fields[1])
        slug = Self.unescape(fields[2])
        self.score = score
        verdict = Verdict(id: Self.unescape(fields[4]), label: Self.unescape(fields[5]), min: min)
        dimensionScores = fields[7].split(separator: ",", omittingEmptySubsequences: false).map { Double($0) }
        levels = fields[8] == "-" ? nil : fields[8].split(separator: ",").compactMap { UInt8($0) }
        gatesFailed = fields[9].isEmpty ? [] : fields[9].split(separator: "\u{1F}").map(Self.unescape)
        unansweredCount = unanswered
    }

    // MARK: - Private

    private static func escape(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{1F}" }) else {
            return text
        }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\u{1F}": out += "\\u"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(0x5C) else { return String(text) }
        var out = ""
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                switch scalar {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                case "u": out += "\u{1F}"
                default: out.unicodeScalars.append(scalar)
                }
                escaping = false
            } else if scalar == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
