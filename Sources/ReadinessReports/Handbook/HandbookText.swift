import ReadinessKit

/// The sentences and table rows both handbook writers use, as plain text the writer escapes,
/// so the Markdown and the HTML handbook say exactly the same.
enum HandbookText {
    /// A criterion score (0–1) as written in a rubric, to at most three decimals: `0.6`, `0.125`.
    static func score(_ value: Double) -> String {
        NumberText.canonical((value * 1000).rounded(.toNearestOrAwayFromZero) / 1000)
    }

    /// The kind of answer in a few words: "yes or no", "a number (founders)".
    static func kind(_ criterion: Criterion) -> String {
        switch criterion.answer {
        case .yesNo: return "yes or no"
        case .choice: return "one option"
        case .multiChoice: return "any of the options"
        case .scale(let scale): return "a whole number from \(scale.min) to \(scale.max)"
        case .number: return "a number" + (criterion.unit.map { " (\($0))" } ?? "")
        case .text: return "free text"
        }
    }

    /// Why a question is never scored, or nil when it is scored.
    static func notScored(_ criterion: Criterion) -> String? {
        if case .text = criterion.answer { return "not scored" }
        return criterion.weight == 0 ? "profile question: not scored" : nil
    }

    /// How the answer turns into a score, for a scored question whose table does not say it all.
    static func scoring(_ criterion: Criterion) -> String? {
        guard criterion.isScored else { return nil }
        switch criterion.answer {
        case .yesNo(let invert): return invert ? "Yes scores 0, no scores 1." : "Yes scores 1, no scores 0."
        case .multiChoice: return "The scores of the chosen options add up, to at most 1."
        case .scale(let scale):
            return "Scores (value − \(scale.min)) / \(scale.max - scale.min): \(scale.min) scores 0, \(scale.max) scores 1."
        case .number(let bands):
            let lowest = bands.first.map { " A number below \(NumberText.canonical($0.from)) is not accepted." } ?? ""
            return "The band the number falls in gives the score." + lowest
        case .choice, .text: return nil
        }
    }

    /// The knock-out rule: "a score below 0.5 caps the verdict at Almost ready."
    static func gate(_ criterion: Criterion, index: HandbookIndex) -> String? {
        guard let gate = criterion.gate, criterion.isScored else { return nil }
        guard gate > 0 else { return "a gate of 0 never fails." }
        let cap = index.gateCap?.label ?? "the second verdict"
        return "a score below \(score(gate)) caps the verdict at \(cap)."
    }

    /// The answers that fail a gate: "Fails with: No or no answer."
    static func gateFailures(_ criterion: Criterion) -> String? {
        guard let gate = criterion.gate, gate > 0, criterion.isScored else { return nil }
        var failing: [String]
        switch criterion.answer {
        case .yesNo(let invert): failing = [invert ? "yes" : "no"]
        case .choice(let options): failing = options.filter { $0.score < gate }.map { "“\(flat($0.label))”" }
        case .multiChoice: failing = ["options whose scores add up to less than \(score(gate))"]
        case .scale(let scale):
            let top = highestFailing(scale, gate: gate)
            failing = top.map { $0 == scale.min ? ["\($0)"] : ["\(scale.min) to \($0)"] } ?? []
        case .number:
            let unit = criterion.unit.map { " \($0)" } ?? ""
            failing = bands(criterion).filter { $0.score < gate }.map { $0.range + unit }
        case .text: failing = []
        }
        return "Fails with " + list(failing + ["no answer"], or: true) + "."
    }

    /// The `when` rule said plainly: "asked only when the answer to 1.1 “Sector?” is Biotech."
    static func when(_ criterion: Criterion, index: HandbookIndex) -> String? {
        guard let condition = criterion.when else { return nil }
        guard let target = index.rubric.criterion(condition.criterion) else {
            return "asked only when \(condition.criterion) is \(list(condition.values, or: true))."
        }
        var verb = "is"
        var values = condition.values
        switch target.answer {
        case .choice(let options), .multiChoice(let options):
            if case .multiChoice = target.answer { verb = "includes" }
            values = values.map { value in "“" + flat(options.first { $0.id == value }?.label ?? value) + "”" }
        case .text:
            values = values.map { "“\($0)”" }
        case .yesNo, .scale, .number:
            break
        }
        return "asked only when the answer to \(index.number(target)) “\(flat(target.question))” \(verb) \(list(values, or: true))."
    }

    /// The level a question belongs to: "level 2 · Problem confirmed".
    static func level(_ criterion: Criterion, rubric: Rubric) -> String? {
        guard let level = criterion.level else { return nil }
        return rubric.levelNames[level].map { "level \(level) · \($0)" } ?? "level \(level)"
    }

    /// The evidence rule of a question that expects evidence.
    static func evidence(_ criterion: Criterion) -> String? {
        guard criterion.evidenceExpected else { return nil }
        let counts = criterion.help == nil ? "" : " The help above says what counts."
        return "expected. An answer given without evidence is marked unverified; its score stays the same." + counts
    }

    /// One row of a number question's bands: its range of answers, score and label.
    struct BandRow {
        var range: String
        var score: Double
        var label: String?
    }

    /// The bands of a number question as ranges: "0 to below 1", "2 or more".
    static func bands(_ criterion: Criterion) -> [BandRow] {
        guard case .number(let bands) = criterion.answer else { return [] }
        return bands.enumerated().map { i, band in
            let from = NumberText.canonical(band.from)
            let range = i + 1 < bands.count ? "\(from) to below \(NumberText.canonical(bands[i + 1].from))" : "\(from) or more"
            return BandRow(range: range, score: band.score, label: band.label)
        }
    }

    /// The scale values worth a row: every value of a short scale, else the labelled ones and both ends.
    static func scaleRows(_ scale: Scale) -> [(value: Int, label: String?, score: Double)] {
        let shown = scale.max - scale.min <= 10 ? Array(scale.min...scale.max)
            : Array(Set([scale.min, scale.max]).union(scale.labels.keys)).sorted()
        return shown.map { ($0, scale.labels[$0], scaleScore($0, scale)) }
    }

    /// A scale value's score, as `CriterionScorer` computes it.
    static func scaleScore(_ value: Int, _ scale: Scale) -> Double {
        Double(value - scale.min) / Double(scale.max - scale.min)
    }

    /// The highest scale value scoring below a gate (all lower ones do too), or nil when none does.
    static func highestFailing(_ scale: Scale, gate: Double) -> Int? {
        let estimate = Double(scale.min) + gate * Double(scale.max - scale.min)
        var top = Swift.min(Swift.max(Int(estimate.rounded(.up)) - 1, scale.min), scale.max)
        while top > scale.min, scaleScore(top, scale) >= gate { top -= 1 }
        while top < scale.max, scaleScore(top + 1, scale) < gate { top += 1 }
        return scaleScore(top, scale) < gate ? top : nil
    }

    /// The verdicts with the overall scores that reach them: "75 or more", "55 to below 75", "below 55".
    static func verdictRanges(_ verdicts: [Verdict]) -> [(verdict: Verdict, range: String)] {
        verdicts.enumerated().map { i, verdict in
            let min = NumberText.canonical(verdict.min)
            if verdicts.count == 1 { return (verdict, "any score") }
            if i == 0 { return (verdict, "\(min) or more") }
            let above = NumberText.canonical(verdicts[i - 1].min)
            return (verdict, i == verdicts.count - 1 ? "below \(above)" : "\(min) to below \(above)")
        }
    }

    /// Items joined for a sentence: "A", "A or B", "A, B or C" (with "and" when `or` is false).
    static func list(_ items: [String], or: Bool) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + (or ? " or " : " and ") + items[items.count - 1]
    }

    /// Text on one line: runs of spaces, tabs and newlines become one space.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).joined(separator: " ")
    }
}
