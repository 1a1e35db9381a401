/// One dimension as a rubric file gives it: all of it, or, in a file that extends another,
/// the keys that override a base dimension of the same id.
struct DimensionLayer {
    var id: String
    var idLocation: SourceLocation
    var location: SourceLocation
    var title: LocalizedText?
    var weight: Double?
    var summary: LocalizedText?
    var levels: [Int: LocalizedText]?
    var criteria: [Criterion]?

    /// The dimension it makes on its own (a new one), in the file `origin`.
    func dimension(origin: String?) -> Dimension {
        var dimension = Dimension(id: id, title: "", weight: weight ?? 1, criteria: criteria ?? [])
        dimension.titleText = title ?? LocalizedText(id)
        dimension.summaryText = summary
        dimension.levels = levels ?? [:]
        dimension.location = location
        dimension.origin = origin
        return dimension
    }
}

/// Decodes one dimension of a rubric and its criteria.
enum DimensionDecoder {
    static let keys = ["id", "title", "weight", "summary", "levels", "criteria"]

    /// Decodes a dimension; `overridesBase` tells whether a base dimension has its id (then
    /// only `id` is required).
    static func decode(
        _ node: YAMLNode, overridesBase: (String) -> Bool, references: inout References,
        with decoder: inout NodeDecoder
    ) -> DimensionLayer? {
        guard let pairs = decoder.mapping(node, "a dimension") else { return nil }
        decoder.checkKeys(pairs, allowed: keys, in: "a dimension")
        guard let idNode = node["id"] else {
            decoder.require(["id", "title", "criteria"], in: pairs, at: node.location, in: "a dimension")
            return nil
        }
        guard let id = decoder.text(idNode, "a dimension's 'id'") else { return nil }
        let isOverride = overridesBase(id)
        decoder.require(
            isOverride ? ["id"] : ["id", "title", "criteria"], in: pairs, at: node.location, in: "a dimension")
        if !isPlainID(id) {
            decoder.error("dimension id '\(id)' may hold only letters, digits, '-' and '_'", at: idNode.location)
        }
        var layer = DimensionLayer(id: id, idLocation: idNode.location, location: node.location)
        layer.title = node["title"].flatMap { decoder.localized($0, "a dimension's 'title'") }
        if let weightNode = node["weight"] {
            layer.weight =
                decoder.number(
                    weightNode, "a dimension's 'weight'", in: Double.leastNonzeroMagnitude...1e9,
                    rangeText: "above 0 and at most 1000000000") ?? 1
        }
        layer.summary = decoder.optionalLocalized(node["summary"], "'summary'")
        if let levelsNode = node["levels"] {
            decoder.needsFormat2("a dimension's own 'levels'", at: pairs.first { $0.key == "levels" }!.keyLocation)
            layer.levels = LevelsDecoder.decode(levelsNode, with: &decoder)
        }
        if let list = node["criteria"], let items = decoder.sequence(list, "'criteria'") {
            if items.isEmpty, !isOverride {
                decoder.error("dimension '\(id)' needs at least one criterion", at: list.location)
            }
            layer.criteria = criteria(items, dimension: id, references: &references, with: &decoder)
        }
        return layer
    }

    private static func criteria(
        _ items: [YAMLNode], dimension id: String, references: inout References,
        with decoder: inout NodeDecoder
    ) -> [Criterion] {
        var seen: [String: SourceLocation] = [:]
        var criteria: [Criterion] = []
        for item in items {
            guard let criterion = CriterionDecoder.decode(item, dimension: id, references: &references, with: &decoder)
            else { continue }
            let location = item["id"]?.location ?? item.location
            if let first = seen[criterion.id] {
                decoder.error("duplicate criterion id '\(criterion.key)' (first at line \(first.line))", at: location)
                continue
            }
            seen[criterion.id] = location
            criteria.append(criterion)
        }
        return criteria
    }
}

/// Decodes a ladder of level names: `{1: Idea, 2: …}`, keys 1 to 9.
enum LevelsDecoder {
    static func decode(_ node: YAMLNode, with decoder: inout NodeDecoder) -> [Int: LocalizedText] {
        guard let pairs = decoder.mapping(node, "'levels'") else { return [:] }
        var names: [Int: LocalizedText] = [:]
        for pair in pairs {
            guard let level = NumberText.parseInteger(pair.key), (1...9).contains(level) else {
                decoder.error(
                    "a level must be a whole number from 1 to 9, not '\(pair.key)'", at: pair.keyLocation,
                    code: .outOfRange)
                continue
            }
            names[level] = decoder.localized(pair.value, "the name of level \(level)")
        }
        return names
    }
}
