import ReadinessKit

/// A small rubric with levels, a not-applicable dimension and resources, for plan tests.
enum PlanFixture {
    static let rubricText = """
        id: plan-test
        version: 1.0.0
        title: Plan test
        verdicts:
          - {id: ready, label: Ready, min: 70}
          - {id: not-ready, label: Not ready, min: 0}
        dimensions:
          - id: profile
            title: Profile
            criteria:
              - id: sector
                question: Sector?
                answer: choice
                weight: 0
                options:
                  - {id: bio, label: Bio, score: 0}
                  - {id: soft, label: Software, score: 0}
          - id: ip
            title: IP
            criteria:
              - {id: search, question: Searched?, answer: yes-no, level: 1, resources: [ip-clinic]}
              - {id: filed, question: Filed?, answer: yes-no, level: 2}
              - {id: fto, question: FTO done?, answer: yes-no, level: 3, resources: [ip-clinic]}
          - id: finance
            title: Finance
            criteria:
              - {id: runway, question: Runway of 12 months?, answer: yes-no}
              - {id: model, question: A financial model?, answer: yes-no, resources: [mentors]}
          - id: clinical
            title: Clinical
            criteria:
              - {id: trial, question: Trial planned?, answer: yes-no, level: 1, when: {answer: profile.sector, is: bio}}
        resources:
          - {id: ip-clinic, title: IP clinic, summary: Free IP advice.}
          - {id: mentors, title: Mentors, summary: Finance mentors.}
        """

    /// IP at level 2 with 2 of 3 (66.67), finance at 50, clinical not applicable.
    static let questionnaireText = """
        startup: Acme
        rubric: plan-test
        date: 2027-02-01
        answers:
          profile.sector: soft
          ip.search: yes
          ip.filed: yes
          ip.fto: no
          finance.runway: yes
          finance.model: no
        """

    static var rubric: Rubric { RubricDecoder.decode(rubricText).rubric! }

    static var result: AssessmentResult { Fixtures.assess(questionnaireText, rubric: rubric)! }
}
