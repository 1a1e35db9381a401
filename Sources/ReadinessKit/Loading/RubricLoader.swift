/// How a rubric decoder reaches the other files a rubric names: the bases it `extends` and its
/// resource catalogue. The kit never reads a path; its caller reads files and hands them over.
///
/// Built-in rubric ids are resolved by the kit itself (`BuiltInRubrics`) before `base` is asked.
public struct RubricLoader {
    /// Finds a base rubric: `reference` as `extends` writes it (a path, relative to the file
    /// that names it), `from` that file's name as this loader gave it (nil for the rubric being
    /// decoded when it was given no origin).
    public var base: (_ reference: String, _ from: String?) -> RubricBaseLookup
    /// Finds the resource catalogue `name`, named by the file `from` (as `base` is told).
    public var catalogue: (_ name: String, _ from: String?) -> CatalogueLookup

    /// Creates a loader from its two look-ups.
    public init(
        base: @escaping (_ reference: String, _ from: String?) -> RubricBaseLookup,
        catalogue: @escaping (_ name: String, _ from: String?) -> CatalogueLookup
    ) {
        self.base = base
        self.catalogue = catalogue
    }

    /// Built-in rubrics and catalogues only: a base that is not built in is not found.
    public static var builtIn: RubricLoader {
        RubricLoader(base: { _, _ in .notFound }, catalogue: { name, _ in builtInCatalogue(name) })
    }

    /// The built-in catalogue with a name, decoded.
    public static func builtInCatalogue(_ name: String) -> CatalogueLookup {
        guard let text = BuiltInRubrics.catalogueText(of: name) else { return .notFound }
        let decoded = ResourceDecoder.decodeCatalogue(text)
        return decoded.diagnostics.hasErrors ? .invalid : .found(decoded.resources)
    }
}

/// What looking for a base rubric found.
public enum RubricBaseLookup: Sendable {
    /// The base's bytes, and the name diagnostics inside it are printed with (its path, say);
    /// the name also tells two files apart when `extends` goes round in a cycle.
    case found(origin: String, bytes: [UInt8])
    /// No such rubric.
    case notFound
    /// The file is there but could not be read, with why.
    case unreadable(String)
}

/// What looking for a resource catalogue found.
public enum CatalogueLookup: Sendable {
    /// The catalogue's resources.
    case found([Resource])
    /// No catalogue with that name.
    case notFound
    /// The catalogue has errors; whoever read it has reported them.
    case invalid
}
