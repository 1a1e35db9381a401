/// The facts a human-readable report shows, derived once from a result and its rubric.
///
/// The Markdown and HTML writers both read this value, so they show the same facts in the
/// same order. Text from the rubric stays Markdown source; text from the questionnaire stays
/// plain; each writer escapes or renders it for its format.
public struct ReportFacts: Sendable, Equatable {
    /// The startup's name (questionnaire text).
    public var startup: String
    /// The rubric's title.
    public var rubricTitle: String
    /// The rubric's version.
    public var rubricVersion: String
    /// The rubric's Markdown summary, if any.
    public var rubricSummary: String?
    /// Who assessed (questionnaire text), if given.
    public var assessor: String?
    /// The assessment date, if given: the questionnaire's or `--date`, never the clock.
    public var date: String?
    /// The overall score, 0–100.
    public var score: Double
    /// The verdict's label.
    public var verdict: String
    /// How good the verdict is: 0 for the best, up to `verdictCount - 1`.
    public var verdictRank: Int
    /// How many verdicts the rubric has.
    public var verdictCount: Int
    /// A plain sentence about failed gates and the verdict cap; nil when no gate failed.
    public var gateSentence: String?
    /// The heading before the gate sentence: that the verdict is capped when a gate lowered it,
    /// that a gate failed when the score alone already reaches no higher.
    public var gateHeading: String? {
        guard gateSentence != nil else { return nil }
        return strings[isCapped ? ReportWord.verdictCapped : .gateFailedHeading]
    }
    /// Whether a failed gate lowered the verdict.
    public var isCapped = false
    /// Every dimension, in rubric order.
    public var dimensions: [DimensionFacts]
    /// The first next steps (at most five), in the order of the result.
    public var nextSteps: [StepFacts]
    /// How many next steps the result lists in all.
    public var nextStepTotal: Int
    /// Met criteria, in rubric order.
    public var strengths: [StrengthFacts]
    /// How many applicable criteria are unanswered.
    public var unansweredCount: Int
    /// Whether the rubric uses readiness levels.
    public var usesLevels: Bool
    /// How the overall score is computed from the dimensions.
    public var method: MethodFacts
    /// The words and number style the facts were derived in, which the writers show them in.
    public var strings: Strings
    /// A sentence about failed alerts (gates capped at the best verdict): urgent, though they
    /// never lower the verdict; nil when none failed.
    public var alertSentence: String? = nil
    /// The provisional banner's sentence (how much rests on answers, what the rubric asks); nil
    /// when the result is not provisional.
    public var provisionalSentence: String? = nil
    /// Caps, provisional status, what is missing and the action plan.
    public var coaching = CoachingFacts()
}

/// One dimension: its score, level, share of the overall score and criteria.
public struct DimensionFacts: Sendable, Equatable {
    /// The dimension's id (used for anchors).
    public var id: String
    /// The dimension's title.
    public var title: String
    /// The rubric's Markdown summary of the dimension, if any.
    public var summary: String?
    /// The dimension's weight, W.
    public var weight: Double
    /// The score 0–100, or nil when not applicable.
    public var score: Double?
    /// The readiness level reached, when the rubric uses levels and the dimension counts.
    public var level: Int?
    /// The level's name, when the rubric names it.
    public var levelName: String?
    /// The points it adds to the overall score, W × D / ΣW; nil when it drops out.
    public var contribution: Double?
    /// Σw over its counted criteria.
    public var countedWeight: Double
    /// Every criterion, in rubric order.
    public var rows: [CriterionFacts]
    /// The next level with its name and blockers; nil at the top or without levels.
    public var nextLevel: NextLevelFacts? = nil
}

/// One criterion as a table row.
public struct CriterionFacts: Sendable, Equatable {
    /// The full id, `dimension.criterion`.
    public var key: String
    /// The question (rubric text, plain).
    public var question: String
    /// The rubric's Markdown help, if any.
    public var help: String?
    /// The answer as people read it (labels, units), or nil when unanswered.
    public var answer: String?
    /// The score 0–1, or nil when it does not count.
    public var score: Double?
    /// The criterion's weight within its dimension, w.
    public var weight: Double
    /// What the score means.
    public var status: CriterionStatus
    /// The overall points it would add at score 1, when it counts.
    public var gain: Double?
    /// Evidence given with the answer (questionnaire text), if any.
    public var evidence: String?
    /// A note given with the answer (questionnaire text), if any.
    public var note: String?
    /// Whether evidence was expected but none was given.
    public var unverified: Bool
    /// Whether it scored below its gate.
    public var gateFailed: Bool
    /// The gate threshold (0–1), if the criterion has one.
    public var gate: Double?
    /// The answer's score before the evidence discount, when it counts and is answered.
    public var answerScore: Double? = nil
    /// What the criterion asks of evidence.
    public var evidenceRule: EvidenceRule = .optional
}

/// One next step with what it adds, the advice and the resources that help.
public struct StepFacts: Sendable, Equatable {
    /// The position in the list, from 1.
    public var rank: Int
    /// The full criterion id.
    public var key: String
    /// The question.
    public var question: String
    /// The title of the dimension it belongs to.
    public var dimension: String
    /// The overall points it would add.
    public var gain: Double
    /// Whether it is a failed gate.
    public var gateFailed: Bool
    /// Markdown advice: the chosen option's first, then the criterion's.
    public var advice: [String]
    /// The resources that help: the criterion's, then the chosen options'.
    public var resources: [Resource]
}

/// A met criterion and the rubric's words for it.
public struct StrengthFacts: Sendable, Equatable {
    /// The full criterion id.
    public var key: String
    /// The question.
    public var question: String
    /// The answer as people read it.
    public var answer: String
    /// The title of the dimension it belongs to.
    public var dimension: String
    /// The rubric's Markdown `strength` text, if any; without it, reports show the question and answer.
    public var text: String?
}

extension ReportFacts {
    /// The strengths grouped by dimension, dimensions in rubric order.
    public var strengthGroups: [(dimension: String, items: [StrengthFacts])] {
        var groups: [(dimension: String, items: [StrengthFacts])] = []
        for strength in strengths {
            if groups.last?.dimension == strength.dimension {
                groups[groups.count - 1].items.append(strength)
            } else {
                groups.append((strength.dimension, [strength]))
            }
        }
        return groups
    }
}

/// The arithmetic behind the overall score, so a reader can redo it.
public struct MethodFacts: Sendable, Equatable {
    /// ΣW over the dimensions that count.
    public var totalWeight: Double
    /// The verdicts, best first, with their thresholds.
    public var verdicts: [Verdict]
    /// The verdict a failed gate caps at, at best; nil when the rubric has fewer than two verdicts.
    public var gateCap: String?
    /// Whether any gate names its own cap (format 2), so caps differ per gate.
    public var namedCaps = false
    /// Whether any criterion has a gate.
    public var hasGates: Bool
    /// The score a criterion needs for a level to count as reached (rubric `pass`).
    public var levelPass: Double
}
