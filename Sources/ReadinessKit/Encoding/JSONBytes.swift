/// The byte-level writing of JSON numbers and strings, shared by `JSONValue` and the writers
/// that skip building values (the cohort's ranking).
extension JSONValue {
    /// Appends a number as `.number` writes it: `70.0`, `63.41`, `null` when not finite.
    public static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else {
            append("null", &out)
            return
        }
        if value == value.rounded(), abs(value) < 1e15 {
            appendInteger(Int(value), to: &out)
            out.append(0x2E)
            out.append(0x30)
            return
        }
        var text = value.description
        text.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends a whole number's decimal digits, with no string in between.
    public static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else {
            out.append(0x30 + UInt8(magnitude))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var count = 0
            while magnitude > 0 {
                digits[19 - count] = 0x30 + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[(20 - count)...]))
        }
    }

    /// Appends a string as a JSON string literal, quotes included.
    public static func escape(_ text: String, into out: inout [UInt8]) {
        out.append(0x22)
        text.withUTF8Bytes { escapeBytes($0, into: &out) }
        out.append(0x22)
    }

    private static func escapeBytes(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var runStart = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            guard needsEscape[Int(byte)] else {
                index += 1
                continue
            }
            // U+2028 and U+2029 are escaped so the JSON is also valid JavaScript; other
            // characters that start with 0xE2 are not.
            if byte == 0xE2,
                !(index + 2 < count && bytes[index + 1] == 0x80
                    && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9))
            {
                index += 1
                continue
            }
            if runStart < index { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            switch byte {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            case 0xE2:
                out += Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            default:
                out += [0x5C, 0x75, 0x30, 0x30, hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0xF)]]
            }
            index += 1
            runStart = index
        }
        if runStart < count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count])) }
    }

    /// Bytes that may need escaping: control characters, `"`, backslash, and 0xE2 (U+2028, U+2029).
    private static let needsEscape: [Bool] = (0..<256).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
