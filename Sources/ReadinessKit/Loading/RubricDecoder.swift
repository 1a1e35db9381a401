/// Decodes a rubric from YAML text, collecting every problem with its location.
public enum RubricDecoder {
    /// The highest rubric format version this build understands (`format:` key, default 1).
    public static let formatVersion = 1

    /// The outcome: a rubric when there were no errors, and every diagnostic.
    public struct Output: Sendable {
        /// The rubric, or nil when any error was found.
        public var rubric: Rubric?
        /// Every problem found, ordered by location.
        public var diagnostics: [Diagnostic]
        /// The catalogue the rubric names in `catalogue:`, if any.
        public var catalogueName: String?
    }

    /// Decodes rubric text. Resource ids resolve against the rubric's own `resources` plus
    /// `catalogue` (a park's resource catalogue), when one is given.
    public static func decode(_ text: String, catalogue: [Resource]? = nil) -> Output {
        let read = YAMLReader.read(text)
        guard let root = read.root else {
            let diagnostics = read.diagnostics.isEmpty
                ? [Diagnostic.error("the rubric is empty; expected a mapping with id, title, verdicts and dimensions", at: .start)]
                : read.diagnostics
            return Output(rubric: nil, diagnostics: diagnostics, catalogueName: nil)
        }
        return decode(root, readDiagnostics: read.diagnostics, catalogue: catalogue)
    }

    /// Decodes an already-read YAML tree.
    public static func decode(_ root: YAMLNode, readDiagnostics: [Diagnostic] = [], catalogue: [Resource]? = nil) -> Output {
        var decoder = NodeDecoder(diagnostics: readDiagnostics)
        var parts = RubricParts()
        if let pairs = decoder.mapping(root, "a rubric") {
            parts.read(pairs, at: root.location, with: &decoder)
        }
        var resources = parts.resources
        for resource in catalogue ?? [] where !resources.contains(where: { $0.id == resource.id }) {
            resources.append(resource)
        }
        var rubric = Rubric(id: parts.id ?? "", version: parts.version ?? "", title: parts.title ?? "",
                            summary: parts.summary, verdicts: parts.verdicts, dimensions: parts.dimensions,
                            resources: resources, levelNames: parts.levelNames, pass: parts.pass)
        ReferenceChecker.check(&rubric, references: parts.references, catalogueGiven: catalogue != nil,
                               catalogueName: parts.catalogueName, with: &decoder)
        let diagnostics = decoder.diagnostics.sortedByLocation()
        return Output(rubric: diagnostics.hasErrors ? nil : rubric, diagnostics: diagnostics,
                      catalogueName: parts.catalogueName)
    }
}

/// The pieces of a rubric as they are read, before references are checked.
struct RubricParts {
    var id: String?
    var version: String?
    var title: String?
    var summary: String?
    var verdicts: [Verdict] = []
    var dimensions: [Dimension] = []
    var resources: [Resource] = []
    var levelNames: [Int: String] = [:]
    var pass: Double = 1
    var catalogueName: String?
    var references = References()

    static let keys = ["format", "id", "version", "title", "summary", "verdicts", "dimensions",
                       "resources", "levels", "pass", "catalogue"]

    mutating func read(_ pairs: [YAMLPair], at location: SourceLocation, with decoder: inout NodeDecoder) {
        decoder.checkKeys(pairs, allowed: Self.keys, in: "the rubric")
        decoder.require(["id", "version", "title", "verdicts", "dimensions"], in: pairs, at: location, in: "the rubric")
        for pair in pairs {
            let node = pair.value
            switch pair.key {
            case "format":
                if let format = decoder.integer(node, "'format'", in: 1...Int.max), format > RubricDecoder.formatVersion {
                    decoder.error("this rubric needs rubric format \(format); this readiness reads format \(RubricDecoder.formatVersion) (update readiness)", at: node.location)
                }
            case "id":
                id = decoder.text(node, "'id'")
                if let id, !isSlugID(id) {
                    decoder.error("rubric id '\(id)' must be lower-case letters, digits and '-'", at: node.location)
                }
            case "version": version = decoder.text(node, "'version'")
            case "title": title = decoder.text(node, "'title'")
            case "summary": summary = decoder.optionalText(node, "'summary'")
            case "catalogue":
                catalogueName = decoder.text(node, "'catalogue'")
                references.catalogueLocation = node.location
            case "pass": pass = decoder.number(node, "'pass'", in: 0...1) ?? 1
            case "verdicts": verdicts = VerdictDecoder.decode(node, with: &decoder)
            case "levels": levelNames = Self.levels(node, with: &decoder)
            case "resources": resources = ResourceDecoder.decodeList(node, with: &decoder)
            case "dimensions": dimensions = Self.dimensions(node, references: &references, with: &decoder)
            default: break
            }
        }
    }

    static func levels(_ node: YAMLNode, with decoder: inout NodeDecoder) -> [Int: String] {
        guard let pairs = decoder.mapping(node, "'levels'") else { return [:] }
        var names: [Int: String] = [:]
        for pair in pairs {
            guard let level = NumberText.parseInteger(pair.key), (1...9).contains(level) else {
                decoder.error("a level must be a whole number from 1 to 9, not '\(pair.key)'", at: pair.keyLocation)
                continue
            }
            names[level] = decoder.text(pair.value, "the name of level \(level)")
        }
        return names
    }

    static func dimensions(_ node: YAMLNode, references: inout References, with decoder: inout NodeDecoder) -> [Dimension] {
        guard let items = decoder.sequence(node, "'dimensions'") else { return [] }
        if items.isEmpty { decoder.error("a rubric needs at least one dimension", at: node.location) }
        var seen: [String: SourceLocation] = [:]
        var dimensions: [Dimension] = []
        for item in items {
            guard let dimension = DimensionDecoder.decode(item, references: &references, with: &decoder) else { continue }
            if let first = seen[dimension.id] {
                decoder.error("duplicate dimension id '\(dimension.id)' (first at line \(first.line))", at: item["id"]?.location ?? item.location)
                continue
            }
            seen[dimension.id] = item["id"]?.location ?? item.location
            dimensions.append(dimension)
        }
        return dimensions
    }
}
