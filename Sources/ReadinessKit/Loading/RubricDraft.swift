/// A rubric as merged so far, from the farthest base up, with what is checked at the end.
struct RubricDraft {
    var rubric: Rubric
    var references: References
    /// The catalogue named, where, and in which file.
    var catalogue: (name: String, location: SourceLocation, origin: String?)?

    /// A draft from a file that extends nothing (or whose base did not load).
    init(_ layer: RubricLayer, format: Int, origin: String?) {
        rubric = Rubric(
            id: layer.id ?? "", version: layer.version ?? "", title: "", verdicts: layer.verdicts ?? [],
            dimensions: (layer.dimensions ?? []).map { Self.marked($0.dimension(origin: origin), origin) },
            resources: layer.resources ?? [], pass: layer.pass ?? 1)
        rubric.titleText = layer.title ?? LocalizedText("")
        rubric.summaryText = layer.summary
        rubric.levels = layer.levels ?? [:]
        var edition = RubricEdition(format: format)
        if let unverified = layer.unverified { edition.unverified = unverified }
        if let minAnswered = layer.minAnswered { edition.minAnswered = minAnswered }
        rubric.edition = edition
        references = layer.references.inFile(origin)
        catalogue = layer.catalogue.map { ($0.name, $0.location, origin) }
    }

    /// A dimension whose criteria all say which file they are in.
    static func marked(_ dimension: Dimension, _ origin: String?) -> Dimension {
        guard let origin else { return dimension }
        var dimension = dimension
        for index in dimension.criteria.indices { dimension.criteria[index].origin = origin }
        return dimension
    }
}
