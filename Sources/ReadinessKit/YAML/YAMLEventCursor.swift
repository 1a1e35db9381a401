import CYaml

/// Walks libyaml's events one at a time, lending each scalar's bytes without making a string,
/// for decoders that read a document straight from its events instead of building a tree.
///
/// The cursor reads from bytes the caller keeps alive (inside `withUnsafeBufferPointer`) and
/// owns libyaml's parser and current event, which it frees when it goes away. A scalar's bytes
/// are valid until the next `advance()`.
struct YAMLEventCursor: ~Copyable {
    /// The parser lives on the heap: libyaml keeps a pointer to it in its own input handler.
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    /// The current event, on the heap too, so `deinit` can free what it holds.
    private let current: UnsafeMutablePointer<yaml_event_t>
    private var holdsEvent = false

    /// A cursor before the first event of `bytes`, or nil when libyaml could not start.
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            return nil
        }
        current = .allocate(capacity: 1)
        current.initialize(to: yaml_event_t())
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
    }

    deinit {
        if holdsEvent { yaml_event_delete(current) }
        current.deallocate()
        yaml_parser_delete(parser)
        parser.deallocate()
    }

    /// Moves to the next event; false when libyaml found a problem (or the stream had ended).
    mutating func advance() -> Bool {
        if holdsEvent {
            yaml_event_delete(current)
            holdsEvent = false
        }
        guard yaml_parser_parse(parser, current) == 1 else { return false }
        holdsEvent = true
        return true
    }

    /// The current event's type.
    var type: yaml_event_type_t { current.pointee.type }

    private var event: yaml_event_t { current.pointee }

    /// Where the current event starts, counted from 1 as `TreeBuilder` counts.
    var location: SourceLocation {
        SourceLocation(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
    }

    /// Whether the current event is a scalar, sequence or mapping with an anchor (`&name`).
    var hasAnchor: Bool {
        switch event.type {
        case YAML_SCALAR_EVENT: return event.data.scalar.anchor != nil
        case YAML_SEQUENCE_START_EVENT: return event.data.sequence_start.anchor != nil
        case YAML_MAPPING_START_EVENT: return event.data.mapping_start.anchor != nil
        default: return false
        }
    }

    /// Whether the current scalar was written plain: unquoted, not a block scalar, no tag.
    var isPlain: Bool {
        event.data.scalar.style == YAML_PLAIN_SCALAR_STYLE && event.data.scalar.tag == nil
    }

    /// The current scalar's bytes, valid until the next `advance()`.
    var bytes: UnsafeBufferPointer<UInt8> {
        let scalar = event.data.scalar
        guard let value = scalar.value else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: value, count: scalar.length)
    }

    /// The current scalar as text, exactly as `TreeBuilder` makes it.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether the current scalar is YAML null, by `YAMLNode.isNull`'s rule: plain and empty,
    /// `~`, or `null` in any case.
    var isNull: Bool {
        guard isPlain else { return false }
        let bytes = self.bytes
        switch bytes.count {
        case 0: return true
        case 1: return bytes[0] == 0x7E
        case 4: return bytes.elementsEqual("null".utf8) { ($0 | 0x20) == $1 }
        default: return false
        }
    }
}
