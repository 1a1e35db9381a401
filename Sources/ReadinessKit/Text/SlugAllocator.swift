/// Hands out unique slugs one name at a time, in input order: a clash gets `-2`, `-3`, ….
///
/// The streaming form of `Slug.unique`, for cohorts too large to collect every name first.
/// It remembers 64-bit fingerprints of the slugs it handed out, not the slugs, so a cohort of
/// 100,000 startups costs about a megabyte (two different slugs sharing a fingerprint is a
/// one-in-10^10 event at that size, and would only add a needless `-2`).
///
/// For every base that clashed it remembers the next suffix to try, so a million equal names
/// take linear time, not a count from `-2` for each.
public struct SlugAllocator: Sendable {
    private var taken: Set<UInt64>
    /// The next suffix to try, by the fingerprint of a base slug that clashed.
    private var nextSuffix: [UInt64: Int] = [:]

    /// Starts with some slugs already taken (such as `cohort`).
    public init(reserved: Set<String> = []) {
        taken = Set(reserved.map(Fingerprint.of))
    }

    /// The next unique slug for a name.
    public mutating func next(for name: String) -> String {
        let base = Slug.make(name)
        let baseKey = Fingerprint.of(base)
        guard taken.contains(baseKey) else {
            taken.insert(baseKey)
            return base
        }
        // Suffixes below the remembered one are all taken already (they were handed out, or
        // skipped because taken), so the search starts there.
        var counter = nextSuffix[baseKey] ?? 2
        var candidate = "\(base)-\(counter)"
        while taken.contains(Fingerprint.of(candidate)) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        nextSuffix[baseKey] = counter + 1
        taken.insert(Fingerprint.of(candidate))
        return candidate
    }
}
