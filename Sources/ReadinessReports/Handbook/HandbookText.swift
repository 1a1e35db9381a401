import ReadinessKit

/// The sentences and table rows both handbook writers use, as plain text the writer escapes,
/// so the Markdown and the HTML handbook say exactly the same.
enum HandbookText {
    /// A criterion score (0–1) as written in a rubric, to at most three decimals: `0.6`, `0.125`.
    static func score(_ value: Double, _ s: Strings) -> String {
        s.numbers.canonical((value * 1000).rounded(.toNearestOrAwayFromZero) / 1000)
    }

    /// The kind of answer in a few words: "yes or no", "a number (founders)".
    static func kind(_ criterion: Criterion, _ s: Strings) -> String {
        switch criterion.answer {
        case .yesNo: return s[HandbookRuleWord.kindYesNo]
        case .choice: return s[HandbookRuleWord.kindChoice]
        case .multiChoice: return s[HandbookRuleWord.kindMulti]
        case .scale(let scale):
            return s.format(HandbookRuleWord.kindScale, s.numbers.integer(scale.min), s.numbers.integer(scale.max))
        case .number:
            return criterion.unit.map { s.format(HandbookRuleWord.kindNumberUnit, $0) }
                ?? s[HandbookRuleWord.kindNumber]
        case .text: return s[HandbookRuleWord.kindText]
        }
    }

    /// Why a question is never scored, or nil when it is scored.
    static func notScored(_ criterion: Criterion, _ s: Strings) -> String? {
        if case .text = criterion.answer { return s[HandbookRuleWord.notScored] }
        return criterion.weight == 0 ? s[HandbookRuleWord.profileNotScored] : nil
    }

    /// How the answer turns into a score, for a scored question whose table does not say it all.
    static func scoring(_ criterion: Criterion, _ s: Strings) -> String? {
        guard criterion.isScored else { return nil }
        let n = s.numbers
        switch criterion.answer {
        case .yesNo(let invert): return s[invert ? HandbookRuleWord.yesScoresZero : .yesScoresOne]
        case .multiChoice: return s[HandbookRuleWord.multiScoring]
        case .scale(let scale):
            return s.format(
                HandbookRuleWord.scaleScoring, n.integer(scale.min), n.integer(scale.max - scale.min),
                n.integer(scale.max))
        case .number(let bands):
            return bands.first.map { s.format(HandbookRuleWord.numberScoringLowest, n.canonical($0.from)) }
                ?? s[HandbookRuleWord.numberScoring]
        case .choice, .text: return nil
        }
    }

    /// The knock-out rule: "a score below 0.5 caps the verdict at Almost ready."
    static func gate(_ criterion: Criterion, index: HandbookIndex) -> String? {
        let s = index.strings
        guard let gate = criterion.gate, criterion.isScored else { return nil }
        guard gate > 0 else { return s[HandbookRuleWord.gateNever] }
        if index.rubric.isAlert(criterion) { return s.format(HandbookEditionWord.alert, score(gate, s)) }
        let named = criterion.gateCap.flatMap { id in index.rubric.verdicts.first { $0.id == id } }
        let cap = named?.label ?? index.gateCap?.label ?? s[HandbookRuleWord.secondVerdict]
        return s.format(HandbookRuleWord.gate, score(gate, s), cap)
    }

    /// The answers that fail a gate: "Fails with: No or no answer."
    static func gateFailures(_ criterion: Criterion, _ s: Strings) -> String? {
        guard let gate = criterion.gate, gate > 0, criterion.isScored else { return nil }
        var failing: [String]
        switch criterion.answer {
        case .yesNo(let invert): failing = [s[invert ? HandbookRuleWord.failYes : .failNo]]
        case .choice(let options):
            failing = options.filter { $0.score < gate }.map { s.format(HandbookRuleWord.quoted, flat($0.label)) }
        case .multiChoice: failing = [s.format(HandbookRuleWord.failMulti, score(gate, s))]
        case .scale(let scale):
            let top = highestFailing(scale, gate: gate)
            let n = s.numbers
            failing =
                top.map {
                    $0 == scale.min
                        ? [n.integer($0)] : [s.format(HandbookRuleWord.failRange, n.integer(scale.min), n.integer($0))]
                } ?? []
        case .number:
            let unit = criterion.unit.map { " \($0)" } ?? ""
            failing = bands(criterion, s).filter { $0.score < gate }.map { $0.range + unit }
        case .text: failing = []
        }
        return s.format(HandbookRuleWord.failsWith, list(failing + [s[HandbookRuleWord.noAnswer]], or: true, s))
    }

    /// The `when` rule said plainly: "asked only when the answer to 1.1 “Sector?” is Biotech."
    static func when(_ criterion: Criterion, index: HandbookIndex) -> String? {
        let s = index.strings
        guard let condition = criterion.when else { return nil }
        guard let target = index.rubric.criterion(condition.criterion) else {
            return s.format(HandbookRuleWord.whenUnknown, condition.criterion, list(condition.values, or: true, s))
        }
        var verb = HandbookRuleWord.whenIs
        var values = condition.values
        switch target.answer {
        case .choice(let options), .multiChoice(let options):
            if case .multiChoice = target.answer { verb = .whenIncludes }
            values = values.map { value in
                s.format(HandbookRuleWord.quoted, flat(options.first { $0.id == value }?.label ?? value))
            }
        case .text:
            values = values.map { s.format(HandbookRuleWord.quoted, $0) }
        case .yesNo, .scale, .number:
            break
        }
        return s.format(
            verb, index.number(target), s.format(HandbookRuleWord.quoted, flat(target.question)),
            list(values, or: true, s))
    }

    /// The level a question belongs to: "level 2 · Problem confirmed".
    static func level(_ criterion: Criterion, index: HandbookIndex) -> String? {
        let s = index.strings
        guard let level = criterion.level else { return nil }
        let number = s.numbers.integer(level)
        let rubric = index.rubric
        let dimension = rubric.position(of: criterion.key).map { rubric.dimensions[$0.dimension] }
        let name = dimension.map { rubric.levelName(level, in: $0) } ?? rubric.levelNames[level]
        var text =
            name.map { s.format(HandbookRuleWord.levelNamed, number, $0) } ?? s.format(HandbookRuleWord.level, number)
        if let pass = criterion.pass {
            text += " · " + s.format(HandbookEditionWord.levelPass, score(pass, s))
        }
        return text
    }

    /// The evidence rule of a question that expects evidence.
    static func evidence(_ criterion: Criterion, index: HandbookIndex) -> String? {
        let s = index.strings
        switch criterion.evidence {
        case .optional: return nil
        case .expected: return s[criterion.help == nil ? HandbookRuleWord.evidence : .evidenceWithHelp]
        case .required:
            let share = s.numbers.canonical(100 * index.rubric.edition.unverified)
            return s.format(
                criterion.help == nil ? HandbookEditionWord.evidenceRequired : .evidenceRequiredWithHelp, share)
        }
    }

    /// One row of a number question's bands: its range of answers, score and label.
    struct BandRow {
        var range: String
        var score: Double
        var label: String?
    }

    /// The bands of a number question as ranges: "0 to below 1", "2 or more".
    static func bands(_ criterion: Criterion, _ s: Strings) -> [BandRow] {
        guard case .number(let bands) = criterion.answer else { return [] }
        return bands.enumerated().map { i, band in
            let from = s.numbers.canonical(band.from)
            let range =
                i + 1 < bands.count
                ? s.format(HandbookRuleWord.toBelow, from, s.numbers.canonical(bands[i + 1].from))
                : s.format(HandbookRuleWord.orMore, from)
            return BandRow(range: range, score: band.score, label: band.label)
        }
    }

    /// The scale values worth a row: every value of a short scale, else the labelled ones and both ends.
    static func scaleRows(_ scale: Scale) -> [(value: Int, label: String?, score: Double)] {
        let shown =
            scale.max - scale.min <= 10
            ? Array(scale.min...scale.max)
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
    static func verdictRanges(_ verdicts: [Verdict], _ s: Strings) -> [(verdict: Verdict, range: String)] {
        verdicts.enumerated().map { i, verdict in
            let min = s.numbers.canonical(verdict.min)
            if verdicts.count == 1 { return (verdict, s[HandbookRuleWord.anyScore]) }
            if i == 0 { return (verdict, s.format(HandbookRuleWord.orMore, min)) }
            let above = s.numbers.canonical(verdicts[i - 1].min)
            return (
                verdict,
                i == verdicts.count - 1
                    ? s.format(HandbookRuleWord.below, above) : s.format(HandbookRuleWord.toBelow, min, above)
            )
        }
    }

    /// Items joined for a sentence: "A", "A or B", "A, B or C" (with "and" when `or` is false).
    static func list(_ items: [String], or: Bool, _ s: Strings) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return s.format(
            or ? HandbookRuleWord.listOr : .listAnd, items.dropLast().joined(separator: ", "), items[items.count - 1])
    }

    /// Text on one line: runs of spaces, tabs and newlines become one space.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0.isNewline }).joined(separator: " ")
    }
}
