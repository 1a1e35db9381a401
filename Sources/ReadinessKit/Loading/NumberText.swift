/// Reads and writes numbers as text, strictly and without locale.
public enum NumberText {
    /// Parses a decimal number such as `10`, `010`, `-2.5`, `1e3` or `1_000`; nil for anything else.
    ///
    /// Hexadecimal, `inf`, `nan` and values that overflow are refused.
    public static func parse(_ text: String) -> Double? {
        var digits = ""
        var sawDigit = false
        var sawDot = false
        var sawExponent = false
        var previous: Character = " "
        for (index, character) in text.trimmingSpaces().enumerated() {
            switch character {
            case "0"..."9":
                sawDigit = true
                digits.append(character)
            case "_" where sawDigit && !sawExponent:
                continue
            case "+", "-":
                guard index == 0 || previous == "e" || previous == "E" else { return nil }
                digits.append(character)
            case "." where !sawDot && !sawExponent:
                sawDot = true
                digits.append(character)
            case "e" where sawDigit && !sawExponent, "E" where sawDigit && !sawExponent:
                sawExponent = true
                digits.append("e")
            default:
                return nil
            }
            previous = character
        }
        guard sawDigit, let last = digits.last, last != "e", last != "+", last != "-" else { return nil }
        guard let value = Double(digits), value.isFinite else { return nil }
        return value
    }

    /// A whole number, or nil when the text is not a number or not whole.
    public static func parseInteger(_ text: String) -> Int? {
        guard let value = parse(text), value == value.rounded(), abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// The shortest text that reads back as the same number: `2`, `2.5`, `1e-07`.
    public static func canonical(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        return "\(value)"
    }

    /// The number with exactly one decimal, rounding half away from zero: `63.4`.
    public static func oneDecimal(_ value: Double) -> String {
        // Scores and percentages are 0.0 to 100.0: those texts are made once.
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        if tenths >= 0, tenths <= 1000 { return commonTenths[Int(tenths)] }
        return makeOneDecimal(value)
    }

    /// `oneDecimal` of 0.0, 0.1, … 100.0.
    private static let commonTenths: [String] = (0...1000).map { makeOneDecimal(Double($0) / 10) }

    private static func makeOneDecimal(_ value: Double) -> String {
        var out: [UInt8] = []
        appendOneDecimal(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `oneDecimal(_:)`'s text to a byte buffer.
    public static func appendOneDecimal(_ value: Double, to out: inout [UInt8]) {
        let tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        let whole = Int(abs(tenths))
        if tenths < 0, whole != 0 { out.append(0x2D) }
        JSONValue.appendInteger(whole / 10, to: &out)
        out.append(0x2E)
        out.append(0x30 + UInt8(whole % 10))
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        if let first = utf8.first, let last = utf8.last,
            first != 0x20, first != 0x09, first != 0x0A, first != 0x0D,
            last != 0x20, last != 0x09, last != 0x0A, last != 0x0D
        {
            return self
        }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
