import ReadinessReports
import Testing

/// The safe Markdown subset renderer for rubric text.
@Suite struct MarkdownHTMLTests {
    @Test(arguments: [
        ("plain *em* **strong** `a<b`", "<p>plain <em>em</em> <strong>strong</strong> <code>a&lt;b</code></p>"),
        ("[guide](https://example.org/a?b=1&c=2)", #"<p><a href="https://example.org/a?b=1&amp;c=2">guide</a></p>"#),
        ("[mail](mailto:a@example.org)", #"<p><a href="mailto:a@example.org">mail</a></p>"#),
        ("[bad](javascript:alert(1))", "<p>bad</p>"),
        ("[bad](data:text/html,x)", "<p>bad</p>"),
        ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        ("snake_case_name stays", "<p>snake_case_name stays</p>"),
        ("a * b * c", "<p>a * b * c</p>"),
        (#"\*not em\*"#, "<p>*not em*</p>"),
        ("one\ntwo\n\nthree", "<p>one\ntwo</p>\n<p>three</p>"),
        ("- a\n- b *c*", "<ul><li>a</li><li>b <em>c</em></li></ul>"),
        ("1. first\n2. second", "<ol><li>first</li><li>second</li></ol>"),
        ("Intro:\n- a\n  more\n\nEnd", "<p>Intro:</p>\n<ul><li>a\nmore</li></ul>\n<p>End</p>"),
        ("# not a heading", "<p># not a heading</p>"),
        ("\"quotes\" & 'apostrophes'", "<p>&quot;quotes&quot; &amp; &#39;apostrophes&#39;</p>"),
    ])
    func renders(source: String, html: String) {
        #expect(MarkdownHTML.render(source) == html)
    }

    @Test func deepNestingStaysBounded() {
        let source = String(repeating: "[*", count: 2_000) + "x" + String(repeating: "*](https://e.org)", count: 2_000)
        let html = MarkdownHTML.render(source)
        #expect(html.hasPrefix("<p>") && html.hasSuffix("</p>"))
        #expect(HTMLChecker("<div>\(html)</div>").problems == [])
    }
}
