import CYaml

/// Builds a `YAMLNode` tree from libyaml events, enforcing the reader's rules as they arrive.
struct TreeBuilder {
    /// An open sequence or mapping, kept in `stack` and changed in place there.
    private struct Frame {
        let isMapping: Bool
        let start: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: (String, SourceLocation)?

        /// Keys of a large mapping, for finding a repeated one.
        var table: KeyTable?

        /// Mappings up to this size are searched for a repeated key one pair at a time; larger
        /// ones use a `KeyTable`.
        static let linearLimit = 8

        init(isMapping: Bool, start: SourceLocation) {
            self.isMapping = isMapping
            self.start = start
        }

        /// Adds a pair; when its key was already there, returns where it first was instead.
        mutating func add(_ pair: YAMLPair) -> SourceLocation? {
            if table == nil {
                for index in pairs.indices where pairs[index].key == pair.key { return pairs[index].keyLocation }
                pairs.append(pair)
                if pairs.count == Self.linearLimit {
                    var keys = KeyTable(expected: 64)
                    for index in pairs.indices { _ = keys.insert(index) { pairs[$0].key } }
                    table = keys
                }
                return nil
            }
            pairs.append(pair)
            if let first = table!.insert(pairs.count - 1, in: { pairs[$0].key }) {
                pairs.removeLast()
                return pairs[first].keyLocation
            }
            return nil
        }
    }

    let limits: YAMLLimits
    /// Maps locations in the parsed text back to the file when escapes were rewritten.
    var shifts = ColumnShifts()
    var diagnostics: [Diagnostic] = []
    /// Set when a rule stops the reading early; the tree is then incomplete.
    private(set) var stopped = false
    private var stack: [Frame] = []
    private var root: YAMLNode?
    private var documents = 0
    private var nodes = 0

    init(limits: YAMLLimits) { self.limits = limits }

    /// The output so far; a failed read has no root.
    func output(failed: Bool) -> YAMLReader.Output {
        YAMLReader.Output(root: failed ? nil : root, diagnostics: diagnostics)
    }

    /// Takes one event; returns true when reading should end.
    mutating func consume(_ event: yaml_event_t) -> Bool {
        let location = shifts.original(
            SourceLocation(line: event.start_mark.line + 1, column: event.start_mark.column + 1))
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                return stop("only one YAML document is allowed per file ('---' starts a second one)", at: location)
            }
        case YAML_ALIAS_EVENT:
            return stop("aliases (*name) are not supported; write the value out", at: location)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if scalar.anchor != nil {
                return stop("anchors (&name) are not supported; write the value out", at: location)
            }
            let text =
                scalar.value.map {
                    String(decoding: UnsafeBufferPointer(start: $0, count: scalar.length), as: UTF8.self)
                } ?? ""
            let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE && scalar.tag == nil
            return add(YAMLNode(.scalar(text, plain: plain), at: location))
        case YAML_SEQUENCE_START_EVENT:
            if event.data.sequence_start.anchor != nil {
                return stop("anchors (&name) are not supported; write the value out", at: location)
            }
            return push(Frame(isMapping: false, start: location), at: location)
        case YAML_MAPPING_START_EVENT:
            if event.data.mapping_start.anchor != nil {
                return stop("anchors (&name) are not supported; write the value out", at: location)
            }
            return push(Frame(isMapping: true, start: location), at: location)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items)
            return add(YAMLNode(content, at: frame.start), counted: false)
        default:
            break
        }
        return false
    }

    // MARK: - Private

    private mutating func stop(_ message: String, at location: SourceLocation) -> Bool {
        diagnostics.append(.error(message, at: location))
        stopped = true
        return true
    }

    private mutating func push(_ frame: Frame, at location: SourceLocation) -> Bool {
        if let top = stack.last, top.isMapping, top.pendingKey == nil {
            return stop("a mapping key must be plain text, not a list or mapping", at: location)
        }
        if stack.count >= limits.maxDepth {
            return stop("nesting is too deep (more than \(limits.maxDepth) levels)", at: location)
        }
        nodes += 1
        if nodes > limits.maxNodes { return stop("too many values (more than \(limits.maxNodes))", at: location) }
        stack.append(frame)
        return false
    }

    private mutating func add(_ node: YAMLNode, counted: Bool = true) -> Bool {
        if counted {
            nodes += 1
            if nodes > limits.maxNodes {
                return stop("too many values (more than \(limits.maxNodes))", at: node.location)
            }
        }
        guard !stack.isEmpty else {
            root = node
            return false
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return false
        }
        guard let (key, keyLocation) = stack[top].pendingKey else {
            // This node is a key; push() already refused collection keys.
            stack[top].pendingKey = (node.scalar ?? "", node.location)
            return false
        }
        stack[top].pendingKey = nil
        if let first = stack[top].add(YAMLPair(key: key, keyLocation: keyLocation, value: node)) {
            diagnostics.append(
                .error(
                    "duplicate key '\(key)' (first at line \(first.line), column \(first.column))", at: keyLocation,
                    code: .duplicateKey))
        }
        return false
    }
}
