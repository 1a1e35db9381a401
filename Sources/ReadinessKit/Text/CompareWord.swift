/// The words of `compare`'s terminal view: scores and verdict before and after, the sections
/// of criteria that changed, and the next steps now.
public enum CompareWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "compare"

    case heading, score, verdictSame, verdictChanged, notApplicable
    case improved, slipped, newlyScored, noLongerScored, section, newlyAnswered, nextSteps
}

extension CompareWord {
    /// The English texts.
    static let english = table([
        .heading: "  ·  progress  ·  {1} {2}  ·  {3} → {4}",
        .score: "Score {1} → {2} / 100  {3}",
        .verdictSame: "Verdict {1} (unchanged)",
        .verdictChanged: "Verdict {1} → {2}  {3}",
        .notApplicable: "not applicable",
        .improved: "Improved",
        .slipped: "Slipped",
        .newlyScored: "Newly scored",
        .noLongerScored: "No longer scored",
        .section: "{1} ({2}):",
        .newlyAnswered: "Newly answered ({1}): {2}",
        .nextSteps: "Next steps now:",
    ])
}

extension CompareWord {
    /// The Dutch texts.
    static let dutch = table([
        .heading: "  ·  voortgang  ·  {1} {2}  ·  {3} → {4}",
        .score: "Score {1} → {2} / 100  {3}",
        .verdictSame: "Oordeel {1} (ongewijzigd)",
        .verdictChanged: "Oordeel {1} → {2}  {3}",
        .notApplicable: "niet van toepassing",
        .improved: "Vooruitgegaan",
        .slipped: "Achteruitgegaan",
        .newlyScored: "Telt nu mee",
        .noLongerScored: "Telt niet meer mee",
        .section: "{1} ({2}):",
        .newlyAnswered: "Nieuw beantwoord ({1}): {2}",
        .nextSteps: "Volgende stappen nu:",
    ])
}
