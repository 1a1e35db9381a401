/// Text built as UTF-8 bytes, for the parts of a report written once per criterion: appending
/// to a `String` cost a few hundred instructions a piece (interpolation builds a string of its
/// own and then copies it), and a cohort's reports append millions of pieces.
struct ByteText {
    /// The text so far.
    private(set) var bytes: [UInt8] = []

    /// Empty text with room for `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends literal text.
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends text as it is.
    mutating func append(_ text: String) {
        text.withUTF8Bytes { bytes.append(contentsOf: $0) }
    }

    /// Appends text escaped for HTML, exactly as `HTMLEscape.text` escapes it.
    mutating func appendHTML(_ text: String) {
        HTMLEscape.append(text, to: &bytes)
    }

    /// Drops the last byte when it is `byte`.
    mutating func dropLast(ifItIs byte: UInt8) {
        if bytes.last == byte { bytes.removeLast() }
    }

    /// The text as a string.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
