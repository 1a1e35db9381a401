/// Decodes a criterion's answer kind with its options, scale or bands.
enum AnswerKindDecoder {
    /// Keys that belong to one answer kind only.
    static let kindKeys: [String: [String]] = [
        "options": ["choice", "multi-choice"], "scale": ["scale"], "bands": ["number"], "invert": ["yes-no"],
    ]

    static func decode(
        _ kindNode: YAMLNode, in node: YAMLNode, key: String, references: inout References,
        with decoder: inout NodeDecoder
    ) -> AnswerKind? {
        guard let name = decoder.text(kindNode, "'answer'") else {
            readParts(of: node, key: key, references: &references, with: &decoder)
            return nil
        }
        guard AnswerKind.names.contains(name) else {
            decoder.error(
                "unknown answer kind '\(name)'\(Suggestion.hint(for: name, in: AnswerKind.names)); use one of \(AnswerKind.names.joined(separator: ", "))",
                at: kindNode.location)
            readParts(of: node, key: key, references: &references, with: &decoder)
            return nil
        }
        for pair in node.mapping ?? [] {
            if let kinds = kindKeys[pair.key], !kinds.contains(name) {
                decoder.error(
                    "'\(pair.key)' does not apply to a \(name) criterion (only to \(kinds.joined(separator: " and ")))",
                    at: pair.keyLocation)
            }
        }
        switch name {
        case "yes-no":
            let invert = node["invert"].flatMap { decoder.bool($0, "'invert'") } ?? false
            return .yesNo(invert: invert)
        case "choice", "multi-choice":
            guard let optionsNode = node["options"] else {
                decoder.error("a \(name) criterion needs 'options'", at: kindNode.location)
                return nil
            }
            let options = OptionDecoder.decodeList(optionsNode, owner: key, references: &references, with: &decoder)
            return name == "choice" ? .choice(options) : .multiChoice(options)
        case "scale":
            guard let scaleNode = node["scale"] else {
                decoder.error("a scale criterion needs 'scale: {min: …, max: …}'", at: kindNode.location)
                return nil
            }
            return scale(scaleNode, with: &decoder).map { .scale($0) }
        case "number":
            guard let bandsNode = node["bands"] else {
                decoder.error("a number criterion needs 'bands'", at: kindNode.location)
                return nil
            }
            return bands(bandsNode, with: &decoder).map { .number($0) }
        default:
            return .text
        }
    }

    /// Reads the options, scale or bands a criterion without a known answer kind gives, for
    /// their own problems and references.
    static func readParts(
        of node: YAMLNode, key: String, references: inout References, with decoder: inout NodeDecoder
    ) {
        if let optionsNode = node["options"] {
            _ = OptionDecoder.decodeList(optionsNode, owner: key, references: &references, with: &decoder)
        }
        if let scaleNode = node["scale"] { _ = scale(scaleNode, with: &decoder) }
        if let bandsNode = node["bands"] { _ = bands(bandsNode, with: &decoder) }
    }

    static func scale(_ node: YAMLNode, with decoder: inout NodeDecoder) -> Scale? {
        guard let pairs = decoder.mapping(node, "'scale'") else { return nil }
        decoder.checkKeys(pairs, allowed: ["min", "max", "labels"], in: "'scale'")
        decoder.require(["min", "max"], in: pairs, at: node.location, in: "'scale'")
        guard let minNode = node["min"], let min = decoder.integer(minNode, "'scale.min'"),
            let maxNode = node["max"], let max = decoder.integer(maxNode, "'scale.max'")
        else { return nil }
        guard max > min else {
            decoder.error("'scale.max' (\(max)) must be above 'scale.min' (\(min))", at: maxNode.location)
            return nil
        }
        var labels: [Int: LocalizedText] = [:]
        if let labelsNode = node["labels"], let labelPairs = decoder.mapping(labelsNode, "'scale.labels'") {
            for pair in labelPairs {
                guard let value = NumberText.parseInteger(pair.key), (min...max).contains(value) else {
                    decoder.error(
                        "a scale label's key must be a whole number from \(min) to \(max), not '\(pair.key)'",
                        at: pair.keyLocation)
                    continue
                }
                labels[value] = decoder.localized(pair.value, "a scale label")
            }
        }
        var scale = Scale(min: min, max: max)
        scale.labelTexts = labels
        return scale
    }

    static func bands(_ node: YAMLNode, with decoder: inout NodeDecoder) -> [Band]? {
        guard let items = decoder.sequence(node, "'bands'") else { return nil }
        if items.isEmpty {
            decoder.error("'bands' needs at least one band", at: node.location)
            return nil
        }
        var bands: [Band] = []
        for item in items {
            guard let pairs = decoder.mapping(item, "a band") else { continue }
            decoder.checkKeys(pairs, allowed: ["from", "score", "label"], in: "a band")
            decoder.require(["from", "score"], in: pairs, at: item.location, in: "a band")
            guard let fromNode = item["from"], let from = decoder.number(fromNode, "a band's 'from'"),
                let scoreNode = item["score"], let score = decoder.number(scoreNode, "a band's 'score'", in: 0...1)
            else { continue }
            if let last = bands.last, from <= last.from {
                decoder.error(
                    "bands must ascend: 'from: \(NumberText.canonical(from))' follows 'from: \(NumberText.canonical(last.from))'",
                    at: fromNode.location)
                continue
            }
            var band = Band(from: from, score: score)
            band.labelText = decoder.optionalLocalized(item["label"], "a band's 'label'")
            bands.append(band)
        }
        return bands
    }
}

/// Decodes the options of a choice or multi-choice criterion.
enum OptionDecoder {
    static func decodeList(
        _ node: YAMLNode, owner: String, references: inout References,
        with decoder: inout NodeDecoder
    ) -> [ChoiceOption] {
        guard let items = decoder.sequence(node, "'options'") else { return [] }
        if items.isEmpty { decoder.error("'options' needs at least one option", at: node.location) }
        var options: [ChoiceOption] = []
        for item in items {
            guard let pairs = decoder.mapping(item, "an option") else {
                references.gaps.options.insert(owner)
                continue
            }
            decoder.checkKeys(pairs, allowed: ["id", "label", "score", "advice", "resources"], in: "an option")
            decoder.require(["id", "label", "score"], in: pairs, at: item.location, in: "an option")
            guard let idNode = item["id"], let id = decoder.text(idNode, "an option's 'id'") else {
                references.gaps.options.insert(owner)
                continue
            }
            if id.contains(where: { $0 == ";" || $0 == "," || $0 == " " }) || id.contains(where: \.isNewline) {
                decoder.error("option id '\(id)' may not contain spaces, ',' or ';'", at: idNode.location)
            }
            if options.contains(where: { $0.id == id }) {
                decoder.error("duplicate option id '\(id)'", at: idNode.location)
                continue
            }
            let label = item["label"].flatMap { decoder.localized($0, "an option's 'label'") } ?? LocalizedText(id)
            let score = item["score"].flatMap { decoder.number($0, "an option's 'score'", in: 0...1) } ?? 0
            var option = ChoiceOption(id: id, label: "", score: score)
            option.labelText = label
            option.adviceText = decoder.optionalLocalized(item["advice"], "'advice'")
            if let resourcesNode = item["resources"] {
                let ids = decoder.textList(resourcesNode, "'resources'")
                option.resources = ids.map(\.0)
                references.resources += ids.map { ResourceReference(id: $0.0, location: $0.1, owner: owner) }
            }
            options.append(option)
        }
        return options
    }
}
