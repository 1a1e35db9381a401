/// Lays a rubric file that `extends` another over the base's draft, as DESIGN.md's
/// "Extending" says: `remove` first, then top-level keys replace the base's, resources merge by
/// id, dimensions merge by id (their criteria by id: a criterion replaces the base's whole).
enum RubricMerge {
    static func apply(
        _ layer: RubricLayer, onto base: RubricDraft, format: Int, origin: String?,
        with decoder: inout NodeDecoder
    ) -> RubricDraft {
        var draft = base
        var rubric = base.rubric
        var record = RubricExtension(
            rubric: layer.id ?? "", base: layer.extends?.reference ?? "",
            baseID: rubric.id, baseVersion: rubric.version)
        var dimensions = rubric.dimensions
        remove(layer.remove, from: &dimensions, references: &draft.references, record: &record, with: &decoder)
        rubric.id = layer.id ?? rubric.id
        rubric.version = layer.version ?? rubric.version
        if let title = layer.title { rubric.titleText = title }
        if let summary = layer.summary { rubric.summaryText = summary }
        if let verdicts = layer.verdicts { rubric.verdicts = verdicts }
        if let levels = layer.levels { rubric.levels = levels }
        if let pass = layer.pass { rubric.pass = pass }
        var edition = rubric.edition
        edition.format = format
        if let unverified = layer.unverified { edition.unverified = unverified }
        if let minAnswered = layer.minAnswered { edition.minAnswered = minAnswered }
        if let catalogue = layer.catalogue { draft.catalogue = (catalogue.name, catalogue.location, origin) }
        var resources = rubric.resources
        for resource in layer.resources ?? [] {
            if let index = resources.firstIndex(where: { $0.id == resource.id }) {
                resources[index] = resource
            } else {
                resources.append(resource)
            }
        }
        rubric.resources = resources
        for layerDimension in layer.dimensions ?? [] {
            merge(layerDimension, into: &dimensions, origin: origin, references: &draft.references, record: &record)
        }
        rubric.dimensions = dimensions
        record.replacedKeys = layer.keys.filter { !["format", "extends", "remove", "dimensions"].contains($0) }
        edition.extensions = [record] + edition.extensions
        rubric.edition = edition
        draft.rubric = rubric
        draft.references.append(layer.references.inFile(origin))
        return draft
    }

    // MARK: - Private

    private static func remove(
        _ ids: [(id: String, location: SourceLocation)], from dimensions: inout [Dimension],
        references: inout References, record: inout RubricExtension,
        with decoder: inout NodeDecoder
    ) {
        for (id, location) in ids {
            if let d = dimensions.firstIndex(where: { $0.id == id }) {
                dimensions.remove(at: d)
                references.removeOwners { $0.hasPrefix(id + ".") }
                record.removed.append(id)
                continue
            }
            if let d = dimensions.firstIndex(where: { id.hasPrefix($0.id + ".") }),
                let c = dimensions[d].criteria.firstIndex(where: { $0.key == id })
            {
                dimensions[d].criteria.remove(at: c)
                references.removeOwners { $0 == id }
                record.removed.append(id)
                continue
            }
            let candidates = dimensions.map(\.id) + dimensions.flatMap { $0.criteria.map(\.key) }
            decoder.error(
                "'remove' names '\(id)', which the base has no dimension or criterion of\(Suggestion.hint(for: id, in: candidates))",
                at: location, code: .removeUnknown)
        }
    }

    private static func merge(
        _ layer: DimensionLayer, into dimensions: inout [Dimension], origin: String?,
        references: inout References, record: inout RubricExtension
    ) {
        guard let d = dimensions.firstIndex(where: { $0.id == layer.id }) else {
            dimensions.append(RubricDraft.marked(layer.dimension(origin: origin), origin))
            record.added.append(layer.id)
            return
        }
        var dimension = dimensions[d]
        if layer.title != nil || layer.weight != nil || layer.summary != nil || layer.levels != nil {
            record.changedDimensions.append(layer.id)
            // Lint about the dimension's ladder then points at the override, where it is tailored.
            dimension.location = layer.location
            dimension.origin = origin
        }
        if let title = layer.title { dimension.titleText = title }
        if let weight = layer.weight { dimension.weight = weight }
        if let summary = layer.summary { dimension.summaryText = summary }
        if let levels = layer.levels { dimension.levels = levels }
        for var criterion in layer.criteria ?? [] {
            if let origin { criterion.origin = origin }
            if let c = dimension.criteria.firstIndex(where: { $0.id == criterion.id }) {
                dimension.criteria[c] = criterion
                let key = criterion.key
                references.removeOwners { $0 == key }
                record.replaced.append(key)
            } else {
                dimension.criteria.append(criterion)
                record.added.append(criterion.key)
            }
        }
        dimensions[d] = dimension
    }
}
