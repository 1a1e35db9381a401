import Mustache

/// A parsed set of HTML report templates: the page (`report`) and the partials it includes.
///
/// Built from the defaults, or from a customised copy whose files replace the defaults by name.
public struct ReportTemplates: Sendable {
    /// A template that does not parse: its name, 1-based line and column, and the reason.
    public struct ParseError: Error, Equatable, Sendable {
        /// The template's name (its file name without `.mustache`).
        public var name: String
        /// The 1-based line of the problem.
        public var line: Int
        /// The 1-based column of the problem.
        public var column: Int
        /// What is wrong.
        public var message: String

        /// Creates a parse error.
        public init(name: String, line: Int, column: Int, message: String) {
            self.name = name
            self.line = line
            self.column = column
            self.message = message
        }
    }

    /// The default templates, parsed once.
    public static let standard: ReportTemplates = {
        do {
            return try ReportTemplates(overrides: [:])
        } catch {
            preconditionFailure("the built-in report templates do not parse: \(error)")
        }
    }()

    /// The template texts by name, defaults replaced by the overrides.
    public let texts: [String: String]

    /// Parses the defaults with some templates replaced or added (name → Mustache text).
    public init(overrides: [String: String]) throws(ParseError) {
        var texts = Dictionary(uniqueKeysWithValues: DefaultTemplates.all.map { ($0.name, $0.text) })
        for (name, text) in overrides { texts[name] = text }
        self.texts = texts
        // The built-in templates render on `CompiledTemplate`, which tests hold to swift-mustache's
        // bytes, so swift-mustache need not parse them at every start. Customised ones stay with
        // swift-mustache and all it can do, and are parsed here, where their errors are reported.
        if overrides.isEmpty, let compiled = Self.compile(texts) {
            self.compiled = compiled
            library = nil
        } else {
            compiled = nil
            library = try Self.parse(texts)
        }
    }

    /// Renders the page template with a context.
    public func render(_ context: TemplateValue) -> String {
        if let compiled, let page = compiled[DefaultTemplates.main] { return page.render(context, partials: compiled) }
        return renderWithMustache(context)
    }

    /// Renders the page template as UTF-8 bytes: the same text as `render`, without checking
    /// the bytes of a page the compiled templates wrote from strings.
    public func renderBytes(_ context: TemplateValue) -> [UInt8] {
        if let compiled, let page = compiled[DefaultTemplates.main] { return page.renderBytes(context, partials: compiled) }
        return Array(render(context).utf8)
    }

    /// Renders the page template with swift-mustache even when a compiled copy exists (for tests).
    func renderWithMustache(_ context: TemplateValue) -> String {
        let library = self.library ?? (try? Self.parse(texts)) ?? MustacheLibrary()
        return library.render(context.mustacheValue, withTemplate: DefaultTemplates.main) ?? ""
    }

    /// Whether the page renders on `CompiledTemplate`.
    var isCompiled: Bool { compiled != nil }

    // MARK: - Private

    /// swift-mustache's parse of the templates; nil when they render compiled.
    private let library: MustacheLibrary?
    private let compiled: [String: CompiledTemplate]?

    /// swift-mustache's parse of every template; a template that does not parse is reported
    /// with its name, line and column.
    private static func parse(_ texts: [String: String]) throws(ParseError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for name in texts.keys.sorted() {
            do {
                library.register(try MustacheTemplate(string: texts[name] ?? ""), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw ParseError(name: name, line: error.context.lineNumber, column: error.context.columnNumber,
                                 message: Self.describe(error.error))
            } catch {
                throw ParseError(name: name, line: 1, column: 1, message: String(describing: error))
            }
        }
        return library
    }

    /// Every template compiled, or nil when any uses what only swift-mustache renders.
    private static func compile(_ texts: [String: String]) -> [String: CompiledTemplate]? {
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in texts {
            guard let template = CompiledTemplate(text) else { return nil }
            compiled[name] = template
        }
        return compiled
    }

    private static func describe(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with a different name than it was opened"
        case .unfinishedName?: return "a tag is not finished (missing '}}'?)"
        case .expectedSectionEnd?: return "a section is never closed"
        case .invalidSetDelimiter?: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection?: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?: return "unexpected content inside an inheritance section"
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?: return "invalid configuration tag"
        case nil: return String(describing: error)
        }
    }
}
