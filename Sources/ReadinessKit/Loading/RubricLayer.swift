/// One rubric file as read: the keys it gives, before it is laid over its base (if it
/// `extends` one) and its references are checked. A key it does not give is nil.
struct RubricLayer {
    var id: String?
    var version: String?
    var title: LocalizedText?
    var summary: LocalizedText?
    var verdicts: [Verdict]?
    var dimensions: [DimensionLayer]?
    var resources: [Resource]?
    var levels: [Int: LocalizedText]?
    var pass: Double?
    var unverified: Double?
    var minAnswered: Double?
    var catalogue: (name: String, location: SourceLocation)?
    var extends: (reference: String, location: SourceLocation)?
    var remove: [(id: String, location: SourceLocation)] = []
    var language: (code: String, location: SourceLocation)?
    var languages: (codes: [String], location: SourceLocation)?
    /// The top-level keys given, in file order.
    var keys: [String] = []
    var references = References()
    /// Whether the file says `extends`.
    var extending = false

    static let keys = [
        "format", "id", "version", "title", "summary", "verdicts", "dimensions", "resources", "levels",
        "pass", "catalogue", "extends", "remove", "language", "languages", "unverified", "min_answered",
    ]

    /// Reads a file's top-level pairs. `base` is the rubric it extends, when it names one that
    /// loaded: its dimensions (after `remove`) decide which dimensions here are overrides.
    init(_ pairs: [YAMLPair], at location: SourceLocation, base: Rubric?, with decoder: inout NodeDecoder) {
        decoder.checkKeys(pairs, allowed: Self.keys, in: "the rubric")
        let extending = pairs.contains { $0.key == "extends" }
        self.extending = extending
        decoder.require(
            extending ? ["id", "version", "title"] : ["id", "version", "title", "verdicts", "dimensions"],
            in: pairs, at: location, in: "the rubric")
        keys = pairs.map(\.key)
        for pair in pairs { readFormat2(pair, with: &decoder) }
        let removedIDs = Set(remove.map(\.id))
        let baseIDs = Set((base?.dimensions ?? []).map(\.id)).subtracting(removedIDs)
        for pair in pairs {
            let node = pair.value
            switch pair.key {
            case "format": Self.format(node, with: &decoder)
            case "id":
                id = decoder.text(node, "'id'")
                if let id, !isSlugID(id) {
                    decoder.error("rubric id '\(id)' must be lower-case letters, digits and '-'", at: node.location)
                }
            case "version": version = decoder.text(node, "'version'")
            case "title": title = decoder.localized(node, "'title'")
            case "summary": summary = decoder.optionalLocalized(node, "'summary'")
            case "catalogue": catalogue = decoder.text(node, "'catalogue'").map { ($0, node.location) }
            case "pass": pass = decoder.number(node, "'pass'", in: 0...1) ?? 1
            case "verdicts": verdicts = VerdictDecoder.decode(node, gaps: &references.gaps, with: &decoder)
            case "levels": levels = LevelsDecoder.decode(node, with: &decoder)
            case "resources": resources = ResourceDecoder.decodeList(node, gaps: &references.gaps, with: &decoder)
            case "dimensions":
                dimensions = Self.readDimensions(
                    node, extending: extending, overridesBase: { baseIDs.contains($0) },
                    references: &references, with: &decoder)
            default: break
            }
        }
    }

    /// Reads the keys only format 2 has (so `remove` is known before the dimensions are).
    private mutating func readFormat2(_ pair: YAMLPair, with decoder: inout NodeDecoder) {
        let node = pair.value
        switch pair.key {
        case "extends", "remove", "language", "languages", "unverified", "min_answered":
            decoder.needsFormat2("'\(pair.key)'", at: pair.keyLocation)
        default: return
        }
        switch pair.key {
        case "extends": extends = decoder.text(node, "'extends'").map { ($0, node.location) }
        case "remove": remove = decoder.textList(node, "'remove'").map { ($0.0, $0.1) }
        case "unverified": unverified = decoder.number(node, "'unverified'", in: 0...1)
        case "min_answered": minAnswered = decoder.number(node, "'min_answered'", in: 0...1)
        case "language":
            if let code = decoder.text(node, "'language'"), Self.checkLanguage(code, at: node.location, with: &decoder)
            {
                language = (code, node.location)
            }
        default:
            var codes: [String] = []
            for (code, location) in decoder.textList(node, "'languages'")
            where Self.checkLanguage(code, at: location, with: &decoder) {
                if codes.contains(code) {
                    decoder.error("'languages' names '\(code)' twice", at: location, code: .duplicateLanguage)
                } else {
                    codes.append(code)
                }
            }
            if codes.isEmpty, node.sequence?.isEmpty ?? node.isNull {
                decoder.error("'languages' needs at least one language", at: node.location, code: .wrongType)
            }
            languages = (codes, node.location)
        }
    }

    /// Whether a language code is one; an error when not.
    private static func checkLanguage(_ code: String, at location: SourceLocation, with decoder: inout NodeDecoder)
        -> Bool
    {
        if isLanguageCode(code) { return true }
        decoder.error(
            "'\(code)' is not a language code (such as en, nl or pt-BR)", at: location, code: .invalidLanguage)
        return false
    }

    private static func format(_ node: YAMLNode, with decoder: inout NodeDecoder) {
        guard let format = decoder.integer(node, "'format'", in: 1...Int.max), format > RubricDecoder.formatVersion
        else { return }
        decoder.error(
            "this rubric needs rubric format \(format); this readiness reads formats 1 to \(RubricDecoder.formatVersion) (update readiness)",
            at: node.location, code: .formatUnsupported)
    }

    private static func readDimensions(
        _ node: YAMLNode, extending: Bool, overridesBase: (String) -> Bool,
        references: inout References, with decoder: inout NodeDecoder
    ) -> [DimensionLayer] {
        guard let items = decoder.sequence(node, "'dimensions'") else {
            references.gaps.anyDimension = true
            return []
        }
        if items.isEmpty, !extending { decoder.error("a rubric needs at least one dimension", at: node.location) }
        var seen: [String: SourceLocation] = [:]
        var dimensions: [DimensionLayer] = []
        for item in items {
            guard
                let dimension = DimensionDecoder.decode(
                    item, overridesBase: overridesBase, references: &references,
                    with: &decoder)
            else { continue }
            if let first = seen[dimension.id] {
                references.gaps.dimensions.insert(dimension.id)
                decoder.error(
                    "duplicate dimension id '\(dimension.id)' (first at line \(first.line))", at: dimension.idLocation)
                continue
            }
            seen[dimension.id] = dimension.idLocation
            dimensions.append(dimension)
        }
        return dimensions
    }
}
