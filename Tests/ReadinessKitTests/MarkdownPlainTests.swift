import Testing

@testable import ReadinessKit

/// Rubric Markdown as the terminal shows it: marks dropped, links as their text, linear time.
@Suite("Markdown as plain terminal text")
struct MarkdownPlainTests {
    @Test(
        "emphasis, code and links become plain text",
        arguments: [
            ("Ask the **IP clinic** about `FTO`.", "Ask the IP clinic about FTO."),
            ("See [the grant desk](https://example.org/grants) *first*.", "See the grant desk first."),
            ("snake_case stays, 2 * 3 stays", "snake_case stays, 2 * 3 stays"),
            ("- A list item", "A list item"),
            ("Escaped \\*star\\*", "Escaped *star*"),
        ])
    func plain(markdown: String, expected: String) {
        #expect(MarkdownPlain.text(markdown) == expected)
    }

    @Test("only the first paragraph, joined onto one line")
    func firstParagraph() {
        #expect(MarkdownPlain.firstParagraph("One\ntwo.\n\nThree.") == "One two.")
    }

    @Test("many brackets take linear time")
    func brackets() {
        let hostile = String(repeating: "[a](", count: 50_000) + String(repeating: "[", count: 50_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = MarkdownPlain.text(hostile) }
        #expect(elapsed < .seconds(2))
    }
}
