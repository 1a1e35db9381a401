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
    /// only `id` is required). A dimension without a readable id is nil, but its criteria are
    /// still read for their own problems and references (under an id no reference can name).
    static func decode(
        _ node: YAMLNode, overridesBase: (String) -> Bool, references: inout References,
        with decoder: inout NodeDecoder
    ) -> DimensionLayer? {
        guard let pairs = decoder.mapping(node, "a dimension") else {
            references.gaps.anyDimension = true
            return nil
        }
        decoder.checkKeys(pairs, allowed: keys, in: "a dimension")
        let id = node["id"].flatMap { decoder.text($0, "a dimension's 'id'") }
        let isOverride = id.map(overridesBase) ?? false
        decoder.require(
            isOverride ? ["id"] : ["id", "title", "criteria"], in: pairs, at: node.location, in: "a dimension")
        guard let id, let idNode = node["id"] else {
            references.gaps.anyDimension = true
            // A placeholder id with '#', which no dimension id may hold.
            let placeholder = "#\(node.location.line)"
            _ = decodeContent(node, pairs, id: placeholder, isOverride: false, references: &references, with: &decoder)
            return nil
        }
        if !isPlainID(id) {
            decoder.error("dimension id '\(id)' may hold only letters, digits, '-' and '_'", at: idNode.location)
        }
        return decodeContent(node, pairs, id: id, isOverride: isOverride, references: &references, with: &decoder)
    }

    /// Everything of a dimension but its id.
    private static func decodeContent(
        _ node: YAMLNode, _ pairs: [YAMLPair], id: String, isOverride: Bool, references: inout References,
        with decoder: inout NodeDecoder
    ) -> DimensionLayer {
        var layer = DimensionLayer(
            id: id, idLocation: node["id"]?.location ?? node.location, location: node.location)
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
                let name = id.hasPrefix("#") ? "a dimension" : "dimension '\(id)'"
                decoder.error("\(name) needs at least one criterion", at: list.location)
            }
            layer.criteria = criteria(items, dimension: id, references: &references, with: &decoder)
        } else if node["criteria"] != nil {
            references.gaps.dimensions.insert(id)
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
            else {
                if let key = item["id"]?.scalar.map({ "\(id).\($0)" }) {
                    references.gaps.criteria.insert(key)
                } else {
                    references.gaps.dimensions.insert(id)
                }
                continue
            }
            let location = item["id"]?.location ?? item.location
            if let first = seen[criterion.id] {
                let shown = id.hasPrefix("#") ? criterion.id : criterion.key
                decoder.error("duplicate criterion id '\(shown)' (first at line \(first.line))", at: location)
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
