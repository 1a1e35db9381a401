/// References inside a rubric that can only be checked once all of it (and its bases) is read.
///
/// Each carries the criterion that holds it, so a criterion that a rubric extending this one
/// removes or replaces takes its references along, and the file it is written in.
struct References {
    /// Resource ids named by criteria and options.
    var resources: [ResourceReference] = []
    /// Raw `when` rules by the criterion that carries them.
    var conditions: [RawCondition] = []
    /// Verdict ids named by gates' `cap`.
    var caps: [CapReference] = []
    /// What failed to decode, so that references to it are not reported as unknown.
    var gaps = ReferenceGaps()

    /// Adds another file's references.
    mutating func append(_ other: References) {
        resources += other.resources
        conditions += other.conditions
        caps += other.caps
        gaps.append(other.gaps)
    }

    /// Drops the references held by criteria for which `dropped` is true (given their full id).
    mutating func removeOwners(where dropped: (String) -> Bool) {
        resources.removeAll { dropped($0.owner) }
        conditions.removeAll { dropped($0.owner) }
        caps.removeAll { dropped($0.owner) }
    }

    /// The same references, each marked as written in `origin` unless it names a file already.
    func inFile(_ origin: String?) -> References {
        guard let origin else { return self }
        var copy = self
        for index in copy.resources.indices where copy.resources[index].origin == nil {
            copy.resources[index].origin = origin
        }
        for index in copy.conditions.indices where copy.conditions[index].origin == nil {
            copy.conditions[index].origin = origin
        }
        for index in copy.caps.indices where copy.caps[index].origin == nil { copy.caps[index].origin = origin }
        return copy
    }
}

/// A resource id as written, with where and by which criterion.
struct ResourceReference {
    var id: String
    var location: SourceLocation
    var owner: String
    var origin: String?
}

/// A gate's `cap` as written.
struct CapReference {
    var verdict: String
    var location: SourceLocation
    var owner: String
    var origin: String?
}

/// A `when` rule as written, before its values are checked against the criterion it names.
struct RawCondition {
    var owner: String
    var criterion: String
    var criterionLocation: SourceLocation
    var values: [(String, SourceLocation)]
    var origin: String?
}
