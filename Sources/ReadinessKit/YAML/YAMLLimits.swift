/// Bounds the YAML reader enforces so hostile input ends quickly in a clear error.
public struct YAMLLimits: Sendable, Equatable {
    /// The largest input accepted, in bytes.
    public var maxBytes: Int
    /// The deepest nesting of sequences and mappings accepted.
    public var maxDepth: Int
    /// The most nodes (scalars, sequences, mappings) one document may have.
    public var maxNodes: Int

    /// Creates limits.
    public init(maxBytes: Int, maxDepth: Int, maxNodes: Int) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
    }

    /// The defaults: 4 MiB, depth 64, 500,000 nodes; far beyond any real rubric or questionnaire.
    public static let standard = YAMLLimits(maxBytes: 4 << 20, maxDepth: 64, maxNodes: 500_000)
}
