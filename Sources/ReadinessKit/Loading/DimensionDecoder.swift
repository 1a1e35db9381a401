/// Decodes one dimension of a rubric and its criteria.
enum DimensionDecoder {
    static let keys = ["id", "title", "weight", "summary", "criteria"]

    static func decode(_ node: YAMLNode, references: inout References, with decoder: inout NodeDecoder) -> Dimension? {
        guard let pairs = decoder.mapping(node, "a dimension") else { return nil }
        decoder.checkKeys(pairs, allowed: keys, in: "a dimension")
        decoder.require(["id", "title", "criteria"], in: pairs, at: node.location, in: "a dimension")
        guard let idNode = node["id"], let id = decoder.text(idNode, "a dimension's 'id'") else { return nil }
        if !isPlainID(id) {
            decoder.error("dimension id '\(id)' may hold only letters, digits, '-' and '_'", at: idNode.location)
        }
        let title = node["title"].flatMap { decoder.text($0, "a dimension's 'title'") } ?? id
        var weight = 1.0
        if let weightNode = node["weight"] {
            weight = decoder.number(weightNode, "a dimension's 'weight'", in: Double.leastNonzeroMagnitude...1e9,
                                    rangeText: "above 0") ?? 1
        }
        var criteria: [Criterion] = []
        if let list = node["criteria"], let items = decoder.sequence(list, "'criteria'") {
            if items.isEmpty { decoder.error("dimension '\(id)' needs at least one criterion", at: list.location) }
            var seen: [String: SourceLocation] = [:]
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
        }
        return Dimension(id: id, title: title, weight: weight,
                         summary: decoder.optionalText(node["summary"], "'summary'"), criteria: criteria)
    }
}

/// References inside a rubric that can only be checked once all of it is read.
struct References {
    /// A resource id and where it was named.
    var resources: [(String, SourceLocation)] = []
    /// Raw `when` rules by the criterion that carries them.
    var conditions: [RawCondition] = []
    /// Where `catalogue:` was written, if it was.
    var catalogueLocation: SourceLocation?
}

/// A `when` rule as written, before its values are checked against the criterion it names.
struct RawCondition {
    var owner: String
    var criterion: String
    var criterionLocation: SourceLocation
    var values: [(String, SourceLocation)]
}
