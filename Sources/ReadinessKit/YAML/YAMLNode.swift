/// A node of a parsed YAML document: a scalar, a sequence or a mapping, with its location.
///
/// Scalars stay text: what a scalar means is decided by whoever reads it (a criterion's answer
/// kind, a rubric key), never by YAML 1.1 guessing, so `no` stays "no" and `010` can be ten.
public struct YAMLNode: Sendable, Equatable {
    /// The shape and content of a node.
    public enum Content: Sendable, Equatable {
        /// A scalar's text, and whether it was written plain (unquoted, not a block scalar).
        case scalar(String, plain: Bool)
        /// The items of a sequence, in order.
        case sequence([YAMLNode])
        /// The pairs of a mapping, in document order; keys are unique scalars.
        case mapping([YAMLPair])
    }

    /// What the node holds.
    public var content: Content
    /// Where the node starts.
    public var location: SourceLocation

    /// Creates a node.
    public init(_ content: Content, at location: SourceLocation) {
        self.content = content
        self.location = location
    }

    /// The scalar's text, or nil for a collection.
    public var scalar: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// Whether the node is YAML null: an empty plain scalar, `~` or `null` in any case.
    public var isNull: Bool {
        guard case .scalar(let text, let plain) = content, plain else { return false }
        // Only a four-byte text can spell null: most answers never get lower-cased.
        return text.isEmpty || text == "~" || (text.utf8.count == 4 && text.lowercased() == "null")
    }

    /// The sequence's items, or nil for anything else.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The mapping's pairs, or nil for anything else.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// The value for a key of a mapping, or nil.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key == key }?.value
    }

    /// A short noun for the node's kind, for messages: "text", "a list", "a mapping".
    public var kindDescription: String {
        switch content {
        case .scalar: return isNull ? "nothing" : "text"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        }
    }
}

/// A key and its value in a YAML mapping.
public struct YAMLPair: Sendable, Equatable {
    /// The key's text.
    public var key: String
    /// Where the key starts.
    public var keyLocation: SourceLocation
    /// The value.
    public var value: YAMLNode

    /// Creates a pair.
    public init(key: String, keyLocation: SourceLocation, value: YAMLNode) {
        self.key = key
        self.keyLocation = keyLocation
        self.value = value
    }
}
