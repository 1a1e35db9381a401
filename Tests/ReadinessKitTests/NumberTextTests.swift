import Testing

@testable import ReadinessKit

@Suite("Number text")
struct NumberTextTests {
    @Test(
        "parses decimal numbers strictly",
        arguments: [
            ("10", 10.0), ("010", 10), ("-2.5", -2.5), ("1e3", 1000), ("1_000", 1000), (" 7 ", 7), (".5", 0.5),
            ("+3", 3),
        ])
    func parses(text: String, value: Double) {
        #expect(NumberText.parse(text) == value)
    }

    @Test(
        "refuses what is not a plain decimal number",
        arguments: ["0x10", "inf", "nan", "1e400", "", "-", "1e", "1.2.3", "ten", "1,5"])
    func refuses(text: String) {
        #expect(NumberText.parse(text) == nil)
    }

    @Test(
        "one decimal, half away from zero",
        arguments: [
            (63.45, "63.5"), (63.44, "63.4"), (0, "0.0"), (100, "100.0"), (-0.04, "0.0"), (72.5, "72.5"),
            (66.66666, "66.7"),
        ])
    func oneDecimal(value: Double, text: String) {
        #expect(NumberText.oneDecimal(value) == text)
    }

    @Test("the texts made once for 0.0 to 100.0 are what the writer makes, around and beyond them")
    func commonTenths() {
        var values = (-20...1020).map { Double($0) / 10 }
        var state: UInt64 = 11
        for _ in 0..<20_000 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            values.append(Double(state >> 11) / Double(1 << 53) * 120 - 10)  // -10 to 110, any fraction
        }
        values += [-0.0, 0.05, 99.95, 100.04, 100.05, -0.05, 1e9, -1e9]
        for value in values {
            var bytes: [UInt8] = []
            NumberText.appendOneDecimal(value, to: &bytes)
            #expect(NumberText.oneDecimal(value) == String(decoding: bytes, as: UTF8.self), "\(value)")
        }
    }

    @Test("did-you-mean finds near misses only")
    func suggestion() {
        #expect(
            Suggestion.closest(to: "team.ful-time-founders", in: ["team.full-time-founders", "team.advisors"])
                == "team.full-time-founders")
        #expect(Suggestion.closest(to: "xyz", in: ["team.advisors"]) == nil)
    }
}
