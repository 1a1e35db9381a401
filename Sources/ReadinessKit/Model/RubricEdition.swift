/// A rubric's format and the rubric-wide settings the second edition (format 2) adds.
///
/// The defaults are a format-1 rubric's: in English, evidence discounted by half (never used in
/// format 1), never provisional, not extending anything.
public struct RubricEdition: Sendable, Equatable {
    /// The rubric format, `format:` (1 when absent).
    public var format: Int
    /// The language plain texts are written in, `language:` (default `en`).
    public var language: String
    /// The languages the rubric offers, `languages:` (default: its language).
    public var languages: [String]
    /// What an answer without required evidence counts for, `unverified:` (0–1, default 0.5).
    public var unverified: Double
    /// Below this answered share (0–1) a result is provisional, `min_answered:` (default 0).
    public var minAnswered: Double
    /// What each `extends` changed, from the rubric's own file down to the farthest base.
    public var extensions: [RubricExtension]

    /// Creates settings; the defaults are a format-1 rubric's.
    public init(
        format: Int = 1, language: String = "en", languages: [String]? = nil, unverified: Double = 0.5,
        minAnswered: Double = 0, extensions: [RubricExtension] = []
    ) {
        self.format = format
        self.language = language
        self.languages = languages ?? [language]
        self.unverified = unverified
        self.minAnswered = minAnswered
        self.extensions = extensions
    }
}

/// What one `extends` did: which base it started from and what the extending file changed.
public struct RubricExtension: Sendable, Equatable {
    /// The extending file's rubric id.
    public var rubric: String
    /// The base as `extends` names it: a built-in id or a relative path.
    public var base: String
    /// The base rubric's id.
    public var baseID: String
    /// The base rubric's version.
    public var baseVersion: String
    /// Dimension ids and full criterion ids that `remove` dropped, as written.
    public var removed: [String]
    /// Full ids of base criteria replaced whole.
    public var replaced: [String]
    /// Full ids of criteria added to a base dimension, and ids of new dimensions.
    public var added: [String]
    /// Ids of base dimensions whose own keys (title, weight, summary, levels) changed.
    public var changedDimensions: [String]
    /// Top-level keys the extending file gave, which replace the base's (resources merge by id).
    public var replacedKeys: [String]

    /// Creates a record.
    public init(
        rubric: String, base: String, baseID: String, baseVersion: String, removed: [String] = [],
        replaced: [String] = [], added: [String] = [], changedDimensions: [String] = [],
        replacedKeys: [String] = []
    ) {
        self.rubric = rubric
        self.base = base
        self.baseID = baseID
        self.baseVersion = baseVersion
        self.removed = removed
        self.replaced = replaced
        self.added = added
        self.changedDimensions = changedDimensions
        self.replacedKeys = replacedKeys
    }
}
