/// A report template that cannot be used: where the problem is and what it is.
///
/// Built-in templates never produce one; a customised template (`--templates DIR`) gets it with
/// its file name, 1-based line and column, so the author can fix it.
public struct TemplateError: Error, Equatable, Sendable {
    /// What is wrong with a template.
    public enum Reason: Equatable, Sendable {
        /// A `{{` without its `}}` (or `{{{` without `}}}`).
        case unclosedTag
        /// A section opened with this name and never closed.
        case unclosedSection(String)
        /// A closing tag whose name differs from the open section's (expected, found).
        case mismatchedClose(expected: String, found: String)
        /// A closing tag with no section open.
        case unexpectedClose(String)
        /// A tag this engine does not support (set delimiters, inheritance, pragmas), by its text.
        case unsupportedTag(String)
        /// A tag whose name is not a name: letters, digits, `-`, `_`, `?`, `*`, dots between parts.
        case invalidName(String)
        /// Sections nested deeper than `Template.maximumDepth`.
        case tooDeep
        /// A partial that includes itself, directly or through others (the cycle's names).
        case partialCycle([String])
        /// A partial that no template provides.
        case unknownPartial(String)
        /// Rendering would write more than `Template.maximumOutput` bytes or visit more than
        /// `Template.maximumSteps` nodes: a template that repeats sections inside each other.
        case tooLarge
    }

    /// The template's name (its file name without `.mustache`).
    public var name: String
    /// The 1-based line of the problem.
    public var line: Int
    /// The 1-based column of the problem.
    public var column: Int
    /// What is wrong.
    public var reason: Reason

    /// Creates a template error.
    public init(name: String, line: Int, column: Int, reason: Reason) {
        self.name = name
        self.line = line
        self.column = column
        self.reason = reason
    }

    /// The problem in a sentence, for the author of the template.
    public var message: String {
        switch reason {
        case .unclosedTag: return "a tag is not finished (missing '}}')"
        case .unclosedSection(let name): return "section '\(name)' is never closed"
        case .mismatchedClose(let expected, let found):
            return "'{{/\(found)}}' closes section '\(expected)'; close it with '{{/\(expected)}}'"
        case .unexpectedClose(let name): return "'{{/\(name)}}' closes no open section"
        case .unsupportedTag(let tag): return "'\(tag)' is not supported in report templates"
        case .invalidName(let name): return "'\(name)' is not a name"
        case .tooDeep: return "sections are nested more than \(Template.maximumDepth) deep"
        case .partialCycle(let names): return "partials include each other: \(names.joined(separator: " → "))"
        case .unknownPartial(let name): return "no template named '\(name)' to include"
        case .tooLarge: return "the page would be larger than \(Template.maximumOutput / 1_048_576) MiB"
        }
    }
}
