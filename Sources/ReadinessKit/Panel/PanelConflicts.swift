/// The conflicts of interest of a run: `(assessor, startup)` pairs whose assessments are ignored.
public struct PanelConflicts: Sendable, Equatable {
    /// One recusal: an assessor who may not judge a startup.
    public struct Pair: Sendable, Hashable {
        /// The assessor's name, exactly as the questionnaires write it.
        public var assessor: String
        /// The startup's name, exactly as the questionnaires write it.
        public var startup: String

        /// Creates a pair.
        public init(assessor: String, startup: String) {
            self.assessor = assessor
            self.startup = startup
        }
    }

    /// Every pair.
    public var pairs: Set<Pair>

    /// Conflicts from pairs.
    public init(_ pairs: Set<Pair> = []) { self.pairs = pairs }

    /// Whether the assessor is recused from the startup.
    public func recuses(_ assessor: String, from startup: String) -> Bool {
        !pairs.isEmpty && pairs.contains(Pair(assessor: assessor, startup: startup))
    }
}
