import ReadinessKit
import Testing

/// Report file names from startup names.
@Suite struct SlugTests {
    @Test(arguments: [
        ("Acme Therapeutics B.V.", "acme-therapeutics-b-v"),
        ("Übermorgen GmbH", "ubermorgen-gmbh"),
        ("U\u{308}bermorgen", "ubermorgen"),
        ("  --Ærø Straße!! ", "aero-strasse"),
        ("../../etc/passwd", "etc-passwd"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("北京", "startup"),
        ("", "startup"),
        ("ÇA VA 2", "ca-va-2"),
        (String(repeating: "ab ", count: 100), String(repeating: "ab-", count: 27).dropLast() + ""),
    ])
    func slug(name: String, slug: String) {
        #expect(Slug.make(name) == slug)
    }

    @Test func clashesAreNumberedInInputOrder() {
        #expect(
            Slug.unique(["Acme", "ACME!", "Beta", "acme", "", "?"]) == [
                "acme", "acme-2", "beta", "acme-3", "startup", "startup-2",
            ])
        #expect(Slug.unique(["Cohort"], reserved: ["cohort"]) == ["cohort-2"])
    }

    @Test func equalNamesTakeLinearTime() {
        let names = Array(repeating: "Acme", count: 100_000) + ["Acme 2", "acme-2"]
        let start = ContinuousClock.now
        let slugs = Slug.unique(names)
        #expect(ContinuousClock.now - start < .seconds(2))
        #expect(Set(slugs).count == slugs.count)
        #expect(slugs[0] == "acme" && slugs[1] == "acme-2" && slugs[99_999] == "acme-100000")
        #expect(slugs[100_000] == "acme-2-2" && slugs[100_001] == "acme-2-3")
    }

    @Test func aTakenSuffixIsSkipped() {
        #expect(
            Slug.unique(["Acme 3", "Acme", "Acme", "Acme", "Acme"]) == ["acme-3", "acme", "acme-2", "acme-4", "acme-5"])
    }
}
