/// Decodes resources: a rubric's `resources` list or a resource catalogue file.
public enum ResourceDecoder {
    static let keys = [
        "id", "title", "url", "summary", "contact", "kind", "booking", "cost", "eligibility",
        "lead_time", "capacity", "sectors",
    ]

    /// Decodes a catalogue file: a mapping with `resources:` (and optional `id`, `title`), or a bare list.
    public static func decodeCatalogue(_ text: String) -> (resources: [Resource], diagnostics: [Diagnostic]) {
        decodeCatalogue(bytes: Array(text.utf8))
    }

    /// Decodes a catalogue file's bytes (refusing any that are not UTF-8, with a location).
    public static func decodeCatalogue(bytes: [UInt8]) -> (resources: [Resource], diagnostics: [Diagnostic]) {
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else {
            let diagnostics =
                read.diagnostics.isEmpty
                ? [Diagnostic.error("the resource catalogue is empty; expected 'resources:' with a list", at: .start)]
                : read.diagnostics
            return ([], diagnostics)
        }
        var decoder = NodeDecoder(diagnostics: read.diagnostics)
        // A catalogue's texts may be language mappings; plain ones are read as English, and
        // a rubric shows them in its own language where they have it.
        decoder.context.format = RubricDecoder.formatVersion
        decoder.context.languages = []
        var resources: [Resource] = []
        if root.sequence != nil {
            resources = decodeList(root, with: &decoder)
        } else if let pairs = decoder.mapping(root, "a resource catalogue") {
            decoder.checkKeys(pairs, allowed: ["id", "title", "summary", "resources"], in: "a resource catalogue")
            decoder.require(["resources"], in: pairs, at: root.location, in: "a resource catalogue")
            if let list = root["resources"] { resources = decodeList(list, with: &decoder) }
            _ = decoder.optionalText(root["id"], "'id'")
            for key in ["title", "summary"] { _ = decoder.optionalLocalized(root[key], "'\(key)'") }
        }
        return (resources, decoder.diagnostics.sortedByLocation())
    }

    /// The resources of a list.
    static func decodeList(_ node: YAMLNode, with decoder: inout NodeDecoder) -> [Resource] {
        var gaps = ReferenceGaps()
        return decodeList(node, gaps: &gaps, with: &decoder)
    }

    /// The resources of a list that decoded; `gaps` learns the ids of those that did not.
    static func decodeList(_ node: YAMLNode, gaps: inout ReferenceGaps, with decoder: inout NodeDecoder)
        -> [Resource]
    {
        guard let items = decoder.sequence(node, "'resources'") else {
            gaps.anyResource = true
            return []
        }
        var resources: [Resource] = []
        for item in items {
            guard let pairs = decoder.mapping(item, "a resource") else {
                gaps.anyResource = true
                continue
            }
            decoder.checkKeys(pairs, allowed: keys, in: "a resource")
            decoder.require(["id", "title"], in: pairs, at: item.location, in: "a resource")
            guard let idNode = item["id"], let id = decoder.text(idNode, "a resource's 'id'"),
                let titleNode = item["title"], let title = decoder.localized(titleNode, "a resource's 'title'")
            else {
                if let id = item["id"]?.scalar { gaps.resources.insert(id) } else { gaps.anyResource = true }
                continue
            }
            if resources.contains(where: { $0.id == id }) {
                decoder.error("duplicate resource id '\(id)'", at: idNode.location)
                continue
            }
            var resource = Resource(id: id, title: "", url: decoder.optionalText(item["url"], "'url'"))
            resource.titleText = title
            resource.summaryText = decoder.optionalLocalized(item["summary"], "'summary'")
            resource.contactText = decoder.optionalLocalized(item["contact"], "'contact'")
            decodeDetails(item, into: &resource, with: &decoder)
            resources.append(resource)
        }
        return resources
    }

    /// The catalogue details of a resource: kind, booking, cost, eligibility, lead time,
    /// capacity and sectors.
    private static func decodeDetails(_ item: YAMLNode, into resource: inout Resource, with decoder: inout NodeDecoder)
    {
        if let node = item["kind"], let name = decoder.text(node, "a resource's 'kind'") {
            if let kind = ResourceKind(rawValue: name) {
                resource.kind = kind
            } else {
                let names = ResourceKind.allCases.map(\.rawValue)
                decoder.error(
                    "unknown resource kind '\(QuotedText.short(name))'\(Suggestion.hint(for: name, in: names)); "
                        + "use one of \(names.joined(separator: ", "))", at: node.location, code: .unknownResourceKind)
            }
        }
        resource.bookingText = decoder.optionalLocalized(item["booking"], "'booking'")
        resource.costText = decoder.optionalLocalized(item["cost"], "'cost'")
        resource.eligibilityText = decoder.optionalLocalized(item["eligibility"], "'eligibility'")
        resource.leadTimeText = decoder.optionalLocalized(item["lead_time"], "'lead_time'")
        if let node = item["capacity"] {
            resource.capacity = decoder.integer(node, "a resource's 'capacity'", in: 0...1_000_000)
        }
        if let node = item["sectors"] {
            resource.sectors = decoder.textList(node, "a resource's 'sectors'").map(\.0)
        }
    }
}
