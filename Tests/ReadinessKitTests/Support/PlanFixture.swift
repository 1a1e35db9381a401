import ReadinessKit

/// A small rubric with levels, a not-applicable dimension and resources, for plan tests.
enum PlanFixture {
    /// `Tests/Fixtures/plan/rubric.yaml`, which the CLI tests use too.
    static let rubricText = Fixtures.text("plan/rubric.yaml")

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
