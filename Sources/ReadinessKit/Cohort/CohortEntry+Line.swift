/// A one-line text form of a cohort entry, so a store can keep entries outside memory.
///
/// Fields are separated by tabs; tabs, newlines, backslashes and 0x1F (which separates failed
/// gates) inside text are escaped. Encoding and decoding work on UTF-8 bytes: a cohort of
/// 100,000 startups encodes and reads back every entry.
extension CohortEntry {
    /// The entry as one line, without the newline.
    public func encodedLine() -> String {
        var out: [UInt8] = []
        appendEncodedLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the entry's line, without the newline, to a byte buffer.
    public func appendEncodedLine(to out: inout [UInt8]) {
        Self.escape(startup, &out)
        out.append(Self.tab)
        Self.escape(source, &out)
        out.append(Self.tab)
        Self.escape(slug, &out)
        out.append(Self.tab)
        out.append(contentsOf: score.description.utf8)
        out.append(Self.tab)
        Self.escape(verdict.id, &out)
        out.append(Self.tab)
        Self.escape(verdict.label, &out)
        out.append(Self.tab)
        out.append(contentsOf: verdict.min.description.utf8)
        out.append(Self.tab)
        for (index, score) in dimensionScores.enumerated() {
            if index > 0 { out.append(0x2C) }
            if let score { out.append(contentsOf: score.description.utf8) }
        }
        out.append(Self.tab)
        if let levels {
            for (index, level) in levels.enumerated() {
                if index > 0 { out.append(0x2C) }
                out.append(contentsOf: String(level).utf8)
            }
        } else {
            out.append(0x2D)
        }
        out.append(Self.tab)
        for (index, gate) in gatesFailed.enumerated() {
            if index > 0 { out.append(Self.gateSeparator) }
            Self.escape(gate, &out)
        }
        out.append(Self.tab)
        out.append(contentsOf: String(unansweredCount).utf8)
    }

    /// Reads an entry back from `encodedLine()`; nil if the line is not one.
    public init?(encodedLine line: Substring) {
        var line = line
        guard let entry = line.withUTF8({ CohortEntry(encodedBytes: $0) }) else { return nil }
        self = entry
    }

    /// Reads an entry back from the UTF-8 bytes of `encodedLine()`; nil if they are not one.
    public init?(encodedBytes line: UnsafeBufferPointer<UInt8>) {
        let fields = line.split(separator: Self.tab, omittingEmptySubsequences: false)
        guard fields.count == 11, let score = Self.double(fields[3]), let min = Self.double(fields[6]),
            let unanswered = Int(Self.text(fields[10]))
        else { return nil }
        startup = Self.unescape(fields[0])
        source = Self.unescape(fields[1])
        slug = Self.unescape(fields[2])
        self.score = score
        verdict = Verdict(id: Self.unescape(fields[4]), label: Self.unescape(fields[5]), min: min)
        var dimensionScores: [Double?] = []
        for part in fields[7].split(separator: 0x2C, omittingEmptySubsequences: false) {
            if part.isEmpty {
                dimensionScores.append(nil)
            } else {
                guard let value = Self.double(part) else { return nil }
                dimensionScores.append(value)
            }
        }
        self.dimensionScores = dimensionScores
        levels =
            fields[8].elementsEqual([0x2D]) ? nil : fields[8].split(separator: 0x2C).compactMap { UInt8(Self.text($0)) }
        gatesFailed = fields[9].isEmpty ? [] : fields[9].split(separator: Self.gateSeparator).map(Self.unescape)
        unansweredCount = unanswered
    }

    // MARK: - Private

    private static let tab: UInt8 = 0x09
    private static let gateSeparator: UInt8 = 0x1F

    private static func text(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    private static func double(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        Double(text(bytes))
    }

    private static func escape(_ text: String, _ out: inout [UInt8]) {
        let special: (UInt8) -> Bool = { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x1F }
        guard !text.everyUTF8Byte({ !special($0) }) else {
            out.append(contentsOf: text.utf8)
            return
        }
        for byte in text.utf8 {
            switch byte {
            case 0x5C: out += [0x5C, 0x5C]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x1F: out += [0x5C, 0x75]
            default: out.append(byte)
            }
        }
    }

    private static func unescape(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        guard bytes.contains(0x5C) else { return text(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaping = false
        for byte in bytes {
            if escaping {
                switch byte {
                case 0x74: out.append(0x09)
                case 0x6E: out.append(0x0A)
                case 0x72: out.append(0x0D)
                case 0x75: out.append(0x1F)
                default: out.append(byte)
                }
                escaping = false
            } else if byte == 0x5C {
                escaping = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
