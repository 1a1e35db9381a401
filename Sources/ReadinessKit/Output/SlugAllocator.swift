/// Hands out unique slugs one name at a time, in input order: a clash gets `-2`, `-3`, ….
///
/// The streaming form of `Slug.unique`, for cohorts too large to collect every name first.
public struct SlugAllocator: Sendable {
    private var taken: Set<String>

    /// Starts with some slugs already taken (such as `cohort`).
    public init(reserved: Set<String> = []) {
        taken = reserved
    }

    /// The next unique slug for a name.
    public mutating func next(for name: String) -> String {
        let base = Slug.make(name)
        var candidate = base
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
