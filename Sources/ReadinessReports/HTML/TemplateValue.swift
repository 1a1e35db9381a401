/// A value in the HTML template's context: text to escape, HTML already safe, a flag, a list or
/// an object.
///
/// Keeping the two kinds of string apart lets tests check that a template escapes every text
/// (`{{name}}`) and inserts only prepared HTML raw (`{{{nameHTML}}}`).
public indirect enum TemplateValue: Sendable, Equatable {
    /// Text; the template escapes it with `{{name}}`.
    case text(String)
    /// Safe HTML built by the writer (rendered rubric Markdown, SVG); inserted with `{{{name}}}`.
    case html(String)
    /// Safe HTML as UTF-8 bytes, like `html`: long markup built as bytes (the answers tables)
    /// goes into the page without becoming a string in between.
    case htmlBytes([UInt8])
    /// A flag for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}` sections.
    case bool(Bool)
    /// A list for a repeated section.
    case list([TemplateValue])
    /// An object whose keys sections and variables look up.
    case object([String: TemplateValue])

    /// The value as the plain Swift values swift-mustache renders: strings, booleans, arrays and dictionaries.
    public var mustacheValue: Any {
        switch self {
        case .text(let text), .html(let text): return text
        case .htmlBytes(let bytes): return String(decoding: bytes, as: UTF8.self)
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.mustacheValue)
        case .object(let pairs): return pairs.mapValues(\.mustacheValue)
        }
    }

    /// The value under a key of an object; nil for other values or a missing key.
    public subscript(key: String) -> TemplateValue? {
        if case .object(let pairs) = self { return pairs[key] }
        return nil
    }
}

extension TemplateValue {
    /// Text, or empty text when nil (pair it with a `has…` flag).
    static func text(_ value: String?) -> TemplateValue { .text(value ?? "") }

    /// Rendered Markdown, or empty when nil.
    static func markdown(_ source: String?) -> TemplateValue { .html(source.map(MarkdownHTML.render) ?? "") }
}
