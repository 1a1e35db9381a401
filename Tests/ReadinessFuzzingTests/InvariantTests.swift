import Foundation
import ReadinessFuzzing
import Testing

/// The checkers the fuzz targets apply to reports: they pass what the writers produce and catch
/// what hostile input would inject.
@Suite("Report invariants")
struct InvariantTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func samples(_ suffix: String) throws -> [String] {
        let folder = root.appendingPathComponent("Reports")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(suffix) }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }

    @Test("the sample reports hold")
    func samplesHold() throws {
        let html = try Self.samples(".html")
        let markdown = try Self.samples(".md")
        #expect(html.count > 5 && markdown.count > 5)
        for page in html { #expect(HTMLInvariant.violations(in: page) == []) }
        for page in markdown { #expect(MarkdownInvariant.violations(in: page) == []) }
    }

    @Test("the report and handbook of every seed hold", arguments: FuzzTarget.allCases)
    func builtInTexts(target: FuzzTarget) throws {
        let folder = Self.root.appendingPathComponent("Rubrics")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            #expect(target.run(bytes) == [], "\(name)")
        }
    }

    @Test(
        "HTML: a tag, an attribute, a link or a character from outside the templates breaks it",
        arguments: [
            "<p>a<script>alert(1)</script></p>",
            "<p><img src=x onerror=alert(1)></p>",
            "<p onclick=\"x\">a</p>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "<a href=x>y</a>",
            "<span style=\"background:url(x)\"></span>",
            "<p>1 < 2</p>",
            "<p>a\u{1B}]0;title\u{07}</p>",
            "<p>\u{85}</p>",
            "<p class=\"a\"",
            "<style>p{}",
        ])
    func htmlBreaks(html: String) {
        #expect(!HTMLInvariant.violations(in: html).isEmpty)
    }

    @Test("HTML: what the templates write holds")
    func htmlHolds() {
        let html =
            "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><style>a > b {}</style></head>"
            + "<body><details open><summary>S</summary><a href=\"#x\">1 &lt; 2</a> <a href=\"https://e.org/?a=1&amp;b\">e</a>"
            + "<span class=\"bar-fill\" style=\"width: 42.5%\"></span><svg viewBox=\"0 0 1 1\"><circle cx=\"1\"/></svg></details></body></html>"
        #expect(HTMLInvariant.violations(in: html) == [])
    }

    @Test(
        "Markdown: raw HTML, unsafe links and control characters break it",
        arguments: [
            "a <img src=x onerror=alert(1)>",
            "`x <script>`",
            "[a](javascript:alert(1))",
            "<javascript:alert(1)>",
            "<https://e.org/a b>",
            "a\u{1B}[2J",
        ])
    func markdownBreaks(markdown: String) {
        #expect(!MarkdownInvariant.violations(in: markdown).isEmpty)
    }

    @Test("Markdown: escapes and safe links hold")
    func markdownHolds() {
        #expect(
            MarkdownInvariant.violations(
                in: "a \\<img> \\[x](javascript:y) [g](https://e.org) <https://e.org/x> <mailto:a@b.c>\n") == [])
    }
}
