/// Decodes resources: a rubric's `resources` list or a resource catalogue file.
public enum ResourceDecoder {
    static let keys = ["id", "title", "url", "summary", "contact"]

    /// Decodes a catalogue file: a mapping with `resources:` (and optional `id`, `title`), or a bare list.
    public static func decodeCatalogue(_ text: String) -> (resources: [Resource], diagnostics: [Diagnostic]) {
        decodeCatalogue(bytes: Array(text.utf8))
    }

    /// Decodes a catalogue file's bytes (refusing any that are not UTF-8, with a location).
    public static func decodeCatalogue(bytes: [UInt8]) -> (resources: [Resource], diagnostics: [Diagnostic]) {
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else {
            let diagnostics = read.diagnostics.isEmpty
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

    static func decodeList(_ node: YAMLNode, with decoder: inout NodeDecoder) -> [Resource] {
        guard let items = decoder.sequence(node, "'resources'") else { return [] }
        var resources: [Resource] = []
        for item in items {
            guard let pairs = decoder.mapping(item, "a resource") else { continue }
            decoder.checkKeys(pairs, allowed: keys, in: "a resource")
            decoder.require(["id", "title"], in: pairs, at: item.location, in: "a resource")
            guard let idNode = item["id"], let id = decoder.text(idNode, "a resource's 'id'"),
                  let titleNode = item["title"], let title = decoder.localized(titleNode, "a resource's 'title'")
            else { continue }
            if resources.contains(where: { $0.id == id }) {
                decoder.error("duplicate resource id '\(id)'", at: idNode.location)
                continue
            }
            var resource = Resource(id: id, title: "", url: decoder.optionalText(item["url"], "'url'"))
            resource.titleText = title
            resource.summaryText = decoder.optionalLocalized(item["summary"], "'summary'")
            resource.contactText = decoder.optionalLocalized(item["contact"], "'contact'")
            resources.append(resource)
        }
        return resources
    }
}
