/// A parsed set of HTML report templates: the page (`report`) and the partials it includes.
///
/// Built from the defaults, or from a customised copy whose files replace the defaults by name.
/// Every template is parsed and checked when the set is made: a template that does not parse,
/// includes a partial no template provides, or takes part in a cycle of partials is refused
/// with its name, line and column.
public struct ReportTemplates: Sendable {
    /// The default templates, parsed once.
    public static let standard: ReportTemplates = {
        do throws(TemplateError) {
            return try ReportTemplates(overrides: [:])
        } catch {
            preconditionFailure("the built-in report templates do not parse: \(error.message)")
        }
    }()

    /// The template texts by name, defaults replaced by the overrides.
    public let texts: [String: String]
    private let parsed: [String: Template]

    /// Parses the defaults with some templates replaced or added (name → Mustache text).
    public init(overrides: [String: String]) throws(TemplateError) {
        var texts = Dictionary(uniqueKeysWithValues: DefaultTemplates.all.map { ($0.name, $0.text) })
        for (name, text) in overrides { texts[name] = text }
        self.texts = texts
        var parsed: [String: Template] = [:]
        for name in texts.keys.sorted() {
            parsed[name] = try Template(texts[name] ?? "", name: name)
        }
        try Self.checkPartials(parsed)
        self.parsed = parsed
    }

    /// Renders the page template (`report`) with a context, as UTF-8 bytes.
    public func render(_ context: TemplateValue) throws(TemplateError) -> [UInt8] {
        try render(DefaultTemplates.main, context)
    }

    /// Renders the template `name` with a context; the other templates are its partials.
    func render(_ name: String, _ context: TemplateValue) throws(TemplateError) -> [UInt8] {
        guard let page = parsed[name] else {
            throw TemplateError(name: name, line: 1, column: 1, reason: .unknownPartial(name))
        }
        return try page.render(context, partials: parsed, name: name)
    }

    /// A set with one more template (such as another page that shares these partials).
    func adding(_ name: String, text: String) throws(TemplateError) -> ReportTemplates {
        var overrides = texts
        overrides[name] = text
        return try ReportTemplates(overrides: overrides)
    }

    // MARK: - Private

    /// Refuses a partial that names no template, and partials that include each other.
    private static func checkPartials(_ parsed: [String: Template]) throws(TemplateError) {
        var done = Set<String>()
        for name in parsed.keys.sorted() {
            var path: [String] = []
            try visit(name, parsed, &path, &done)
        }
    }

    private static func visit(
        _ name: String, _ parsed: [String: Template], _ path: inout [String],
        _ done: inout Set<String>
    ) throws(TemplateError) {
        guard !done.contains(name), let template = parsed[name] else { return }
        path.append(name)
        for (partial, at) in template.partialReferences {
            guard parsed[partial] != nil else {
                throw TemplateError(name: name, line: at.line, column: at.column, reason: .unknownPartial(partial))
            }
            if let start = path.firstIndex(of: partial) {
                throw TemplateError(
                    name: name, line: at.line, column: at.column,
                    reason: .partialCycle(Array(path[start...]) + [partial]))
            }
            try visit(partial, parsed, &path, &done)
        }
        path.removeLast()
        done.insert(name)
    }
}
