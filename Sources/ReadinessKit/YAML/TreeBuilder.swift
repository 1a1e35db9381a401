import CYaml

/// Builds a `YAMLNode` tree from libyaml events, enforcing the reader's rules as they arrive.
struct TreeBuilder {
    /// An open sequence or mapping; a class so appending never copies what is already there.
    private final class Frame {
        let isMapping: Bool
        let start: SourceLocation
        var items: [YAMLNode] = []
        var pairs: [YAMLPair] = []
        var pendingKey: (String, SourceLocation)?

        init(isMapping: Bool, start: SourceLocation) {
            self.isMapping = isMapping
            self.start = start
        }

        /// Where a key was first seen, if it was: a linear search, cheap for the small
        /// mappings of rubrics and questionnaires; large ones are checked once at their end.
        func firstLocation(of key: String) -> SourceLocation? {
            guard pairs.count < 24 else { return nil }
            for pair in pairs where pair.key == key { return pair.keyLocation }
            return nil
        }

        /// For a large mapping, removes later duplicates of a key and returns them.
        ///
        /// Keys are compared by a 64-bit fingerprint first (sorting integers, not strings);
        /// only equal fingerprints are compared as text.
        func removeLateDuplicates() -> [(YAMLPair, first: SourceLocation)] {
            guard pairs.count >= 24 else { return [] }
            var prints = pairs.indices.map { (Fingerprint.of(pairs[$0].key), $0) }
            prints.sort { $0 < $1 }
            var duplicates: [(Int, SourceLocation)] = []
            var start = 0
            while start < prints.count {
                var end = start + 1
                while end < prints.count, prints[end].0 == prints[start].0 { end += 1 }
                if end - start > 1 {
                    // Same fingerprint: positions ascend, so the first of each key comes first.
                    var firsts: [Int] = []
                    for (_, position) in prints[start..<end] {
                        if let first = firsts.first(where: { pairs[$0].key == pairs[position].key }) {
                            duplicates.append((position, pairs[first].keyLocation))
                        } else {
                            firsts.append(position)
                        }
                    }
                }
                start = end
            }
            guard !duplicates.isEmpty else { return [] }
            let removed = duplicates.sorted { $0.0 < $1.0 }.map { (pairs[$0.0], first: $0.1) }
            let drop = Set(duplicates.map(\.0))
            pairs = pairs.indices.filter { !drop.contains($0) }.map { pairs[$0] }
            return removed
        }
    }

    let limits: YAMLLimits
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
        let location = SourceLocation(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
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
            if scalar.anchor != nil { return stop("anchors (&name) are not supported; write the value out", at: location) }
            let text = scalar.value.map {
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
            for (pair, first) in frame.removeLateDuplicates() {
                diagnostics.append(.error("duplicate key '\(pair.key)' (first at line \(first.line), column \(first.column))", at: pair.keyLocation))
            }
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
            if nodes > limits.maxNodes { return stop("too many values (more than \(limits.maxNodes))", at: node.location) }
        }
        guard let top = stack.last else {
            root = node
            return false
        }
        guard top.isMapping else {
            top.items.append(node)
            return false
        }
        guard let (key, keyLocation) = top.pendingKey else {
            // This node is a key; push() already refused collection keys.
            top.pendingKey = (node.scalar ?? "", node.location)
            return false
        }
        top.pendingKey = nil
        if let first = top.firstLocation(of: key) {
            diagnostics.append(.error("duplicate key '\(key)' (first at line \(first.line), column \(first.column))", at: keyLocation))
        } else {
            top.pairs.append(YAMLPair(key: key, keyLocation: keyLocation, value: node))
        }
        return false
    }
}
