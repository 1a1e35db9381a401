/// A JSON value with ordered object keys, written deterministically.
public enum JSONValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number, written in Swift's shortest round-tripping form (`70.0`, `63.41`).
    case number(Double)
    /// A whole number.
    case integer(Int)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object whose keys keep the order given.
    case object([(String, JSONValue)])

    /// Compares values; objects compare key by key in order.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.number(let a), .number(let b)): return a == b
        case (.integer(let a), .integer(let b)): return a == b
        case (.string(let a), .string(let b)): return a == b
        case (.array(let a), .array(let b)): return a == b
        case (.object(let a), .object(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// An optional number: `null` when nil.
    public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }

    /// An optional string: `null` when nil.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// The value as pretty-printed JSON text (two-space indent, trailing newline not included).
    ///
    /// `indent` is the nesting level the value starts at, for embedding it in a larger document.
    public func rendered(indent: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: indent)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the value as pretty-printed UTF-8 JSON to a byte buffer: the fast path for
    /// large outputs, with no intermediate strings.
    public func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null, .bool, .number, .integer, .string: writeScalar(into: &out)
        case .array(let items):
            if items.isEmpty {
                Self.append("[]", &out)
                return
            }
            if items.allSatisfy(\.isScalar) {
                out.append(0x5B)
                for (index, item) in items.enumerated() {
                    if index > 0 { Self.append(", ", &out) }
                    item.write(into: &out, indent: indent)
                }
                out.append(0x5D)
                return
            }
            Self.append("[\n", &out)
            for (index, item) in items.enumerated() {
                Self.pad(indent + 1, &out)
                item.write(into: &out, indent: indent + 1)
                Self.append(index == items.count - 1 ? "\n" : ",\n", &out)
            }
            Self.pad(indent, &out)
            out.append(0x5D)
        case .object(let pairs):
            if pairs.isEmpty {
                Self.append("{}", &out)
                return
            }
            if pairs.allSatisfy({ $0.1.isFlat }) {
                // A leaf object stays on one line: {"id": "team.ceo", "score": 0.5}.
                out.append(0x7B)
                for (index, (key, value)) in pairs.enumerated() {
                    if index > 0 { Self.append(", ", &out) }
                    Self.escape(key, into: &out)
                    Self.append(": ", &out)
                    value.write(into: &out, indent: indent)
                }
                out.append(0x7D)
                return
            }
            Self.append("{\n", &out)
            for (index, (key, value)) in pairs.enumerated() {
                Self.pad(indent + 1, &out)
                Self.escape(key, into: &out)
                Self.append(": ", &out)
                value.write(into: &out, indent: indent + 1)
                Self.append(index == pairs.count - 1 ? "\n" : ",\n", &out)
            }
            Self.pad(indent, &out)
            out.append(0x7D)
        }
    }

    /// Appends the value as compact UTF-8 JSON (no spaces, no newlines): one line per value,
    /// for documents that hold thousands of them.
    public func writeCompact(into out: inout [UInt8]) {
        switch self {
        case .null, .bool, .number, .integer, .string: writeScalar(into: &out)
        case .array(let items):
            out.append(0x5B)
            var first = true
            for item in items {
                if !first { out.append(0x2C) }
                first = false
                item.writeCompact(into: &out)
            }
            out.append(0x5D)
        case .object(let pairs):
            out.append(0x7B)
            var first = true
            for (key, value) in pairs {
                if !first { out.append(0x2C) }
                first = false
                Self.escape(key, into: &out)
                out.append(0x3A)
                value.writeCompact(into: &out)
            }
            out.append(0x7D)
        }
    }

    // MARK: - Private

    /// Appends a value that is neither an array nor an object; the same in both layouts.
    private func writeScalar(into out: inout [UInt8]) {
        switch self {
        case .null: Self.append("null", &out)
        case .bool(let value): Self.append(value ? "true" : "false", &out)
        case .number(let value): Self.appendNumber(value, to: &out)
        case .integer(let value): Self.appendInteger(value, to: &out)
        case .string(let value): Self.escape(value, into: &out)
        case .array, .object: break
        }
    }

    /// Appends a literal's bytes: no array, no reference count shared between threads.
    static func append(_ literal: StaticString, _ out: inout [UInt8]) {
        literal.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    private static func pad(_ level: Int, _ out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(0x20, count: level * 2))
    }

    /// A scalar, or an array of scalars: what a one-line object may hold.
    private var isFlat: Bool {
        if case .array(let items) = self { return items.allSatisfy(\.isScalar) }
        return isScalar
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: return false
        default: return true
        }
    }

    static func numberText(_ value: Double) -> String {
        var out: [UInt8] = []
        appendNumber(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
