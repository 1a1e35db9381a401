/// Converts byte offsets in UTF-8 text to 1-based line and column locations.
enum TextPosition {
    /// The location of the first byte that is not valid UTF-8, or nil when all are valid.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> SourceLocation? {
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return bytes.withUnsafeBufferPointer { location(ofOffset: index, in: $0) }
            }
            if index + length > count { return bytes.withUnsafeBufferPointer { location(ofOffset: index, in: $0) } }
            for next in 1..<length where bytes[index + next] & 0xC0 != 0x80 {
                return bytes.withUnsafeBufferPointer { location(ofOffset: index, in: $0) }
            }
            if length == 3 {
                let second = bytes[index + 1]
                if (byte == 0xE0 && second < 0xA0) || (byte == 0xED && second > 0x9F) {
                    return bytes.withUnsafeBufferPointer { location(ofOffset: index, in: $0) }
                }
            } else if length == 4 {
                let second = bytes[index + 1]
                if (byte == 0xF0 && second < 0x90) || (byte == 0xF4 && second > 0x8F) {
                    return bytes.withUnsafeBufferPointer { location(ofOffset: index, in: $0) }
                }
            }
            index += length
        }
        return nil
    }

    /// The 1-based line and column (in characters) of a byte offset.
    static func location(ofOffset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SourceLocation {
        var counter = LineCounter()
        counter.advance(to: min(offset, bytes.count)) { bytes[$0] }
        return counter.location
    }
}

/// Counts lines and columns (in Unicode scalars) through UTF-8 text as it is read, so a reader
/// that meets offsets in order finds each location without counting from the start again.
package struct LineCounter {
    /// How far the text has been counted.
    package private(set) var offset = 0
    /// The 1-based line and column at `offset`.
    package private(set) var location = SourceLocation(line: 1, column: 1)

    /// A counter at the start of the text.
    package init() {}

    /// Counts on to `end` (at or after `offset`), reading each byte through `byte`.
    package mutating func advance(to end: Int, byte: (Int) -> UInt8) {
        var line = location.line
        var column = location.column
        while offset < end {
            let value = byte(offset)
            if value == 0x0A {
                line += 1
                column = 1
            } else if value & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        location = SourceLocation(line: line, column: column)
    }
}
