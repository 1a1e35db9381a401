/// Turns startup names into file-name slugs: lower-case ASCII letters, digits and single `-`.
///
/// "Acme Therapeutics B.V." becomes `acme-therapeutics-b-v`, "Übermorgen GmbH" becomes
/// `ubermorgen-gmbh`. A slug never contains `/`, `.` or anything else that could choose a path
/// outside the output folder, is never empty (`startup` stands in) and never longer than 80 characters.
public enum Slug {
    /// The slug used when a name has no letter or digit that survives.
    public static let fallback = "startup"

    /// The longest slug, so `<slug>-<n>.<ext>` stays well inside file-name limits.
    public static let maxLength = 80

    /// The slug of one name.
    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingDash = false
        func add(_ ascii: Unicode.Scalar) {
            if ascii.isLetterOrDigit {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(ascii.lowercased)
            } else {
                pendingDash = true
            }
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                add(scalar)  // most names: no list of scalars per character
                continue
            }
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining accents: "U" + "¨" is "U"
            for ascii in transliterate(scalar) { add(ascii) }
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        return slug.isEmpty ? fallback : slug
    }

    /// Unique slugs for names in input order: a clash gets `-2`, `-3`, … after the first.
    ///
    /// `reserved` slugs (such as `cohort`) are treated as taken before the first name.
    public static func unique(_ names: [String], reserved: Set<String> = []) -> [String] {
        var allocator = SlugAllocator(reserved: reserved)
        return names.map { allocator.next(for: $0) }
    }

    // MARK: - Private

    /// ASCII scalars for one Unicode scalar: itself when ASCII, a Latin base letter for accented
    /// letters and ligatures, nothing (a separator) otherwise.
    private static func transliterate(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        if scalar.isASCII { return [scalar] }
        if let folded = LatinFolding.table[scalar] { return Array(folded.unicodeScalars) }
        return []
    }
}

extension Unicode.Scalar {
    fileprivate var isLetterOrDigit: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }

    fileprivate var lowercased: Character {
        ("A"..."Z").contains(self) ? Character(Unicode.Scalar(value + 32)!) : Character(self)
    }
}
