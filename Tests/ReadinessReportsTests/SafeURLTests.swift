import Testing

@testable import ReadinessReports

/// `SafeURL` checks and encodes ASCII links on bytes; on any text it must answer as the
/// character-wise rules below, which it replaced for speed.
@Suite("Safe links")
struct SafeURLTests {
    static func referenceLink(_ text: String) -> String? {
        let lower = text.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:") else {
            return nil
        }
        guard text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) else { return nil }
        guard text.count > (lower.hasPrefix("mailto:") ? 7 : 8) else { return nil }
        return text
    }

    static func referenceDestination(_ url: String) -> String {
        let codes: [Character: String] = [
            "(": "%28", ")": "%29", "<": "%3C", ">": "%3E", "|": "%7C", "\\": "%5C",
            "`": "%60", "[": "%5B", "]": "%5D", "*": "%2A", "_": "%5F",
        ]
        return url.map { codes[$0] ?? String($0) }.joined()
    }

    @Test("links, mail links and encoded destinations match the character-wise rules")
    func matchesReference() {
        let pieces = [
            "http://", "HTTPS://", "https:/", "mailto:", "MailTo:", "javascript:", "a", "x.org/", " ", "\t", "\u{7F}",
            "(", ")", "_", "*", "|", "<", "\\", "`", "[", "]", "é", "\u{301}", "İ", "\u{212A}", "?", "%",
        ]
        for text in randomMixes(of: pieces, longest: 8, seed: 3) {
            #expect(SafeURL.link(text) == Self.referenceLink(text), "\(Array(text.unicodeScalars))")
            #expect(SafeURL.isMail(text) == text.lowercased().hasPrefix("mailto:"), "\(Array(text.unicodeScalars))")
            #expect(
                SafeURL.markdownDestination(text) == Self.referenceDestination(text), "\(Array(text.unicodeScalars))")
        }
    }
}
