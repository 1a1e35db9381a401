/// One startup's assessments, sorted into the roles the panel rules give them.
public struct PanelStartup: Sendable {
    /// The startup's name, exactly as the questionnaires write it.
    public var name: String
    /// The input position of its first assessment (the ranking's last key).
    public var position: Int
    /// The rubric every assessment of it was checked against.
    public var rubric: Rubric
    /// The founder's own assessment (`self`), unless missing or recused.
    public var founder: PanelAssessment?
    /// The members: every other assessor not recused, in byte order of their names.
    public var members: [PanelAssessment]
    /// The recused assessments, in input order.
    public var recused: [PanelAssessment]

    /// The members' names, in byte order.
    public var memberNames: [String] { members.map(\.assessor) }
}

/// Groups a run's assessments by startup and checks what a panel needs: an assessor on each,
/// at most one founder per startup, one assessment per assessor, one rubric per startup.
public enum PanelGrouping {
    /// The startups in the input order of their first assessment, and the problems found; an
    /// assessment with a problem is left out.
    public static func group(_ assessments: [PanelAssessment], conflicts: PanelConflicts)
        -> (startups: [PanelStartup], problems: [PanelProblem])
    {
        var startups: [PanelStartup] = []
        var index: [String: Int] = [:]
        var founders: [String: PanelAssessment] = [:]
        var seen: [String: [String: PanelAssessment]] = [:]
        var problems: [PanelProblem] = []
        func problem(
            _ assessment: PanelAssessment, _ message: String, _ code: DiagnosticCode,
            at location: SourceLocation? = nil
        ) {
            let diagnostic = Diagnostic.error(message, at: location ?? assessment.location, code: code)
            problems.append(PanelProblem(source: assessment.source, path: assessment.path, diagnostic: diagnostic))
        }
        for assessment in assessments {
            let name = assessment.questionnaire.startup
            guard !assessment.assessor.trimmingSpaces().isEmpty else {
                problem(assessment, PanelDiagnostics.missingAssessor, .missingKey)
                continue
            }
            let recused = conflicts.recuses(assessment.assessor, from: name)
            if let at = index[name],
                startups[at].rubric.id != assessment.rubric.id
                    || startups[at].rubric.version != assessment.rubric.version
            {
                problem(
                    assessment,
                    PanelDiagnostics.rubricMismatch(
                        name, rubric: assessment.rubric.id,
                        first: first(of: startups[at])), .panelRubricMismatch)
                continue
            }
            if assessment.isFounder {
                if let first = founders[name] {
                    problem(assessment, PanelDiagnostics.secondFounder(name, first: first.source), .panelSecondFounder)
                    continue
                }
                founders[name] = assessment
            } else if !recused {
                if let first = seen[name]?[assessment.assessor] {
                    problem(
                        assessment, PanelDiagnostics.secondAssessment(assessment.assessor, name, first: first.source),
                        .panelSecondAssessment)
                    continue
                }
                seen[name, default: [:]][assessment.assessor] = assessment
            }
            let at: Int
            if let found = index[name] {
                at = found
            } else {
                at = startups.count
                index[name] = at
                startups.append(
                    PanelStartup(
                        name: name, position: assessment.position, rubric: assessment.rubric,
                        founder: nil, members: [], recused: []))
            }
            if recused {
                startups[at].recused.append(assessment)
            } else if assessment.isFounder {
                startups[at].founder = assessment
            } else {
                startups[at].members.append(assessment)
            }
        }
        for s in startups.indices {
            startups[s].members.sort { PanelAssessment.byteOrder($0.assessor, $1.assessor) }
        }
        return (startups, problems)
    }

    private static func first(of startup: PanelStartup) -> String {
        (startup.founder ?? startup.members.first ?? startup.recused.first)?.source ?? startup.name
    }
}
