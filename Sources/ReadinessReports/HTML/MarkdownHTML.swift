/// Renders the Markdown subset rubric text uses to safe HTML.
///
/// Supported: paragraphs, `*emphasis*`, `**strong**`, `` `code` ``, links to `http(s)` and
/// `mailto` only, bullet (`-`, `*`, `+`) and numbered (`1.`) lists, backslash escapes.
/// Everything else, raw HTML included, is shown as text: a rubric can come from elsewhere.
public enum MarkdownHTML {
    /// The HTML for a Markdown text, blocks separated by newlines.
    public static func render(_ source: String) -> String {
        cache.value(for: source, renderUncached)
    }

    /// Rendered rubric texts: the same help and advice appear in every report of a cohort.
    private static let cache = RenderCache()

    private static func renderUncached(_ source: String) -> String {
        var html: [String] = []
        var paragraph: [String] = []
        var list: (ordered: Bool, items: [String])?

        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            html.append("<p>" + MarkdownInline.render(paragraph.joined(separator: "\n")) + "</p>")
            paragraph = []
        }
        func flushList() {
            guard let current = list else { return }
            let tag = current.ordered ? "ol" : "ul"
            let items = current.items.map { "<li>" + MarkdownInline.render($0) + "</li>" }
            html.append("<\(tag)>" + items.joined() + "</\(tag)>")
            list = nil
        }

        for rawLine in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine)
            let trimmed = line.trimmedOfSpaces
            if trimmed.isEmpty {
                flushParagraph()
                flushList()
                continue
            }
            if let item = listItem(trimmed) {
                flushParagraph()
                if list?.ordered != item.ordered { flushList() }
                if list == nil { list = (item.ordered, []) }
                list?.items.append(item.text)
                continue
            }
            if var current = list, line.first == " " || line.first == "\t" {
                current.items[current.items.count - 1] += "\n" + trimmed
                list = current
                continue
            }
            flushList()
            paragraph.append(trimmed)
        }
        flushParagraph()
        flushList()
        return html.joined(separator: "\n")
    }

    // MARK: - Private

    /// A list item's kind and text, when the line starts one.
    private static func listItem(_ line: String) -> (ordered: Bool, text: String)? {
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            return (false, String(line.dropFirst(2)).trimmedOfSpaces)
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count <= 9 {
            let rest = line.dropFirst(digits.count)
            if let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " {
                return (true, String(rest.dropFirst(2)).trimmedOfSpaces)
            }
        }
        return nil
    }
}
