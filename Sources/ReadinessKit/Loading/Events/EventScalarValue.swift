/// Short-form answers read from a scalar's bytes by the criterion's answer kind, with the
/// rules of `AnswerParser`; whatever it would report gives up instead.
extension EventAnswerReader {
    /// The scalar at the cursor as an answer to `criterion`.
    static func scalarValue(_ cursor: borrowing YAMLEventCursor, for criterion: Criterion) throws(GiveUp) -> Read {
        // Null, or blank text ("" from a form tool), means unanswered.
        if cursor.isNull || trimmed(cursor, { $0.isEmpty }) { return .unanswered }
        switch criterion.answer {
        case .yesNo:
            guard let yes = NodeDecoder.parseBool(bytes: cursor.bytes) else { throw GiveUp() }
            return .value(.yesNo(yes))
        case .choice(let options):
            return .value(.choice(options[try option(cursor, in: options)].id))
        case .multiChoice(let options):
            return .value(.multiChoice([options[try option(cursor, in: options)].id]))
        case .scale(let scale):
            guard let whole = trimmed(cursor, wholeNumber), (scale.min...scale.max).contains(whole) else { throw GiveUp() }
            return .value(.scale(whole))
        case .number(let bands):
            guard let number = trimmed(cursor, decimal), number >= bands.first?.from ?? -.infinity else { throw GiveUp() }
            return .value(.number(number))
        case .text:
            return .value(.text(cursor.text))
        }
    }

    /// The index of the option the scalar names, compared byte for byte after trimming.
    static func option(_ cursor: borrowing YAMLEventCursor, in options: [ChoiceOption]) throws(GiveUp) -> Int {
        guard let index = trimmed(cursor, { bytes in options.firstIndex { $0.id.hasUTF8(bytes) } }) else { throw GiveUp() }
        return index
    }

    // MARK: - Private

    /// Runs `body` on the scalar's bytes as `trimmingSpaces()` leaves them. Text with space at
    /// either end (rare) is trimmed by that very function, so its corner cases agree.
    private static func trimmed<Value>(_ cursor: borrowing YAMLEventCursor,
                                       _ body: (UnsafeBufferPointer<UInt8>) -> Value) -> Value {
        let bytes = cursor.bytes
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
        guard let first = bytes.first, let last = bytes.last, isSpace(first) || isSpace(last) else { return body(bytes) }
        var text = cursor.text.trimmingSpaces()
        return text.withUTF8(body)
    }

    /// `-?[0-9]{1,15}` as a whole number; anything else (`+3`, `3.0`, `1_000`) is left to the
    /// full decoder. Fifteen digits are exact in a `Double`, as `NumberText` reads them.
    private static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var digits = bytes[...]
        let negative = digits.first == 0x2D
        if negative { digits = digits.dropFirst() }
        guard (1...15).contains(digits.count) else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return negative ? -value : value
    }

    /// `-?[0-9]+(.[0-9]+)?`, at most 40 bytes, read by `Double` exactly as `NumberText.parse`
    /// reads the same text; anything else is left to the full decoder.
    private static func decimal(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard bytes.count <= 40 else { return nil }
        var index = bytes.first == 0x2D ? 1 : 0
        var integerDigits = 0
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
            integerDigits += 1
            index += 1
        }
        guard integerDigits > 0 else { return nil }
        if index < bytes.count {
            guard bytes[index] == 0x2E, index + 1 < bytes.count else { return nil }
            index += 1
            while index < bytes.count {
                guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                index += 1
            }
        }
        return Double(String(decoding: bytes, as: UTF8.self))
    }
}
