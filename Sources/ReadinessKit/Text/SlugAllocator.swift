/// Hands out unique slugs one name at a time, in input order: a clash gets `-2`, `-3`, ….
///
/// The streaming form of `Slug.unique`, for cohorts too large to collect every name first.
/// It remembers 64-bit fingerprints of the slugs it handed out, not the slugs, so a cohort of
/// 100,000 startups costs about a megabyte (two different slugs sharing a fingerprint is a
/// one-in-10^10 event at that size, and would only add a needless `-2`).
public struct SlugAllocator: Sendable {
    private var taken: Set<UInt64>

    /// Starts with some slugs already taken (such as `cohort`).
    public init(reserved: Set<String> = []) {
        taken = Set(reserved.map(Fingerprint.of))
    }

    /// The next unique slug for a name.
    public mutating func next(for name: String) -> String {
        let base = Slug.make(name)
        var candidate = base
        var counter = 2
        while taken.contains(Fingerprint.of(candidate)) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(Fingerprint.of(candidate))
        return candidate
    }
}
