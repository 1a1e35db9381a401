import ReadinessKit

/// The panel pages' small pieces of text, shared by Markdown and HTML: numbers, signed gaps,
/// the members line and the founder sentences, all from the strings table.
enum PanelText {
    /// A score with one decimal, or the table's blank.
    static func score(_ value: Double?, _ s: Strings) -> String {
        value.map { s.numbers.oneDecimal($0) } ?? s[PanelWord.blank]
    }

    /// A gap with its sign and one decimal (`+12.4`, `-3.0`).
    static func signed(_ value: Double?, _ s: Strings) -> String {
        guard let value else { return s[PanelWord.blank] }
        let text = s.numbers.oneDecimal(abs(value))
        return rounded(value) > 0 ? "+" + text : (rounded(value) < 0 ? "-" + text : text)
    }

    /// The sentence on one founder's gap.
    static func founderSentence(_ gap: Double, _ s: Strings) -> String {
        let text = s.numbers.oneDecimal(abs(gap))
        if rounded(gap) > 0 { return s.format(PanelWord.founderHigher, text) }
        if rounded(gap) < 0 { return s.format(PanelWord.founderLower, text) }
        return s[PanelWord.founderSame]
    }

    /// The sentence on the cohort's mean founder gap.
    static func foundersSentence(_ gap: Double?, _ s: Strings) -> String {
        guard let gap else { return s[PanelWord.cohortGapNone] }
        let text = s.numbers.oneDecimal(abs(gap))
        if rounded(gap) > 0 { return s.format(PanelWord.foundersHigher, text) }
        if rounded(gap) < 0 { return s.format(PanelWord.foundersLower, text) }
        return s[PanelWord.foundersSame]
    }

    /// A reviewer's tendency: lenient above 0, harsh below, even when the offset shows as 0.0.
    static func tendency(_ offset: Double, _ s: Strings) -> String {
        rounded(offset) > 0 ? s[PanelWord.lenient] : (rounded(offset) < 0 ? s[PanelWord.harsh] : s[PanelWord.even])
    }

    /// The lines under the panel heading: members, founder, recused, normalised score.
    static func membersLines(_ panel: PanelResult, _ s: Strings) -> [String] {
        let names = panel.startup.memberNames
        var lines = [
            names.isEmpty ? s[PanelWord.noMembers] : s.format(PanelWord.members, names.joined(separator: ", "))
        ]
        lines.append(panel.startup.founder != nil ? s[PanelWord.founderIncluded] : s[PanelWord.noFounder])
        let recused = panel.startup.recused.map(\.assessor)
        if !recused.isEmpty { lines.append(s.format(PanelWord.recused, recused.joined(separator: ", "))) }
        if let normalized = panel.normalizedScore {
            lines.append(s.format(PanelWord.normalizedScore, s.numbers.oneDecimal(normalized)))
        }
        return lines
    }

    /// The spread of the members' overall scores: highest minus lowest, nil under two members.
    static func overallSpread(_ panel: PanelResult) -> Double? {
        let scores = panel.memberResults.map(\.score)
        return scores.count >= 2 ? scores.max()! - scores.min()! : nil
    }

    /// The value as shown with one decimal, so the words agree with the printed number.
    private static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
