import Foundation
import ReadinessKit
import Testing

/// The panel rules of DESIGN.md "Panel review", each with a case computed by hand on
/// `Tests/Fixtures/panel` (rubric: team = cto, advisors; tech = ip, wetlab when biotech).
@Suite("Panel rules, computed by hand")
struct PanelTests {
    static let rubric = RubricDecoder.decode(Fixtures.text("panel/rubric.yaml")).rubric!
    static let files = [
        "acme-ann", "acme-bob", "acme-cy", "acme-self", "beta-ann", "beta-self", "gamma-ann", "gamma-bob",
    ]

    /// The fixture's assessments in file order, positions counting from 0.
    static func assessments(_ names: [String] = files) -> [PanelAssessment] {
        names.enumerated().map { index, name in
            let questionnaire = Fixtures.questionnaire(Fixtures.text("panel/yaml/\(name).yaml"), rubric: rubric)!
            return PanelAssessment(
                questionnaire: questionnaire, rubric: rubric, source: "\(name).yaml", position: index)
        }
    }

    static let recuseCy = PanelConflicts([.init(assessor: "Cy", startup: "Acme")])

    static func run(normalize: Bool = false, discuss: Double = PanelEngine.defaultDiscuss) -> PanelRun {
        let grouped = PanelGrouping.group(assessments(), conflicts: recuseCy)
        return PanelRun(grouped.startups.map { PanelEngine.assess($0, discuss: discuss) }, normalize: normalize)
    }

    static func startup(_ name: String, in run: PanelRun = run()) -> PanelResult {
        run.startups.first { $0.startup.name == name }!
    }

    @Test func criterionScoresAreTheMembersMeans() {
        let acme = Self.startup("Acme")
        #expect(acme.startup.memberNames == ["Ann", "Bob"])
        #expect(acme.result.criterion("team.cto")?.score == 0.5)  // (1 + 0) / 2
        #expect(acme.result.criterion("team.advisors")?.score == 0.25)  // (0.5 + 0) / 2
        #expect(acme.result.criterion("tech.ip")?.score == 0.6)  // Ann alone
        #expect(acme.panel(of: "tech.ip")?.source == .panel)
        #expect(acme.result.dimensions.map(\.score) == [nil, 37.5, 30])
        #expect(acme.result.score == 33.75)
        #expect(acme.result.verdict.id == "not-ready")
    }

    @Test func withoutMembersTheFounderScores() {
        let beta = Self.startup("Beta")
        #expect(beta.result.criterion("tech.ip")?.score == 1)
        #expect(beta.panel(of: "tech.ip")?.source == .`self`)
        #expect(beta.result.criterion("team.advisors")?.status == .unanswered)
        #expect(beta.panel(of: "team.advisors")?.source == nil)
        #expect(beta.result.unanswered == ["profile.sector", "team.advisors", "tech.wetlab"])
        #expect(beta.result.score == 50)  // team (1 + 0) / 2, tech (1 + 0) / 2
    }

    @Test func factsComeFromTheFounderElseTheFirstMember() {
        // Acme: the founder says biotech (Ann software): the wet lab counts; Bob's no scores it.
        let acme = Self.startup("Acme")
        #expect(acme.result.criterion("tech.wetlab")?.status == .unmet)
        #expect(acme.result.criterion("profile.sector")?.answer == .choice("biotech"))
        // Gamma, no founder: Ann (first by name) says software, so Bob's biotech and wet lab do not count.
        let gamma = Self.startup("Gamma")
        #expect(gamma.result.criterion("tech.wetlab")?.status == .notApplicable)
        #expect(gamma.panel(of: "tech.wetlab")?.memberScores.isEmpty == true)
        #expect(gamma.result.score == 100)
    }

    @Test func spreadAndTheDiscussThreshold() {
        let acme = Self.startup("Acme")
        #expect(acme.panel(of: "team.cto")?.spread == 1)
        #expect(acme.panel(of: "team.advisors")?.spread == 0.5)
        #expect(acme.panel(of: "tech.ip")?.spread == nil)  // one answer
        #expect(acme.discuss == ["team.cto", "team.advisors"])  // 0.5 reaches 0.5
        #expect(Self.startup("Acme", in: Self.run(discuss: 0.75)).discuss == ["team.cto"])
        #expect(Self.startup("Acme", in: Self.run(discuss: 0.25)).discuss == ["team.cto", "team.advisors"])
    }

    @Test func founderAgainstThePanel() throws {
        let gap = try #require(Self.startup("Acme").selfGap)
        #expect(gap.overall == 66.25)  // 100 - 33.75
        #expect(gap.dimensions.map(\.id) == ["team", "tech"])
        #expect(gap.dimensions.map(\.gap) == [62.5, 70])
        #expect(gap.criteria.map(\.id) == ["team.cto", "team.advisors", "tech.ip", "tech.wetlab"])
        let criteria: [Double] = [0.5, 0.75, 1 - 0.6, 1]
        #expect(gap.criteria.map(\.gap) == criteria)
        #expect(Self.startup("Gamma").selfGap == nil)
        let mean: Double = (66.25 - 25) / 2  // Beta: founder 25 (tech 50 / 2) minus 50
        #expect(Self.run().founderGap == mean)
    }

    @Test func reviewerOffsets() {
        let reviewers = Self.run().reviewers
        #expect(reviewers.map(\.assessor) == ["Ann", "Bob"])  // Cy is recused from all they assessed
        #expect(reviewers.map(\.assessments) == [3, 2])
        // Ann: Acme 67.5 - 33.75, Beta 25 - 50, Gamma 100 - 100. Bob: Acme 0 - 33.75, Gamma 75 - 100.
        let ann: Double = (33.75 - 25 + 0) / 3
        let bob: Double = (-33.75 - 25) / 2
        #expect(reviewers[0].offset == ann)
        #expect(reviewers[1].offset == bob)
    }

    @Test func recusalRemovesAllInfluence() {
        let acme = Self.startup("Acme")
        #expect(acme.startup.recused.map(\.assessor) == ["Cy"])
        #expect(!acme.startup.memberNames.contains("Cy"))
        let run = Self.run()
        #expect(run.recused.map(\.source) == ["acme-cy.yaml"])
        let without = PanelGrouping.group(
            Self.assessments(Self.files.filter { $0 != "acme-cy" }), conflicts: PanelConflicts())
        let alone = PanelEngine.assess(without.startups[0])
        #expect(alone.result.score == acme.result.score)
        #expect(alone.criteria == acme.criteria)
    }

    @Test func zNormalisation() {
        // Ann has 3 assessments (67.5, 25, 100), Bob 2 (0, 75): only Ann is normalised.
        let run = Self.run(normalize: true)
        let all = [67.5, 25, 100, 0, 75]
        let mu = all.reduce(0, +) / 5
        let sigma = (all.map { ($0 - mu) * ($0 - mu) }.reduce(0, +) / 5).squareRoot()
        let ann = [67.5, 25, 100]
        let muA = ann.reduce(0, +) / 3
        let sigmaA = (ann.map { ($0 - muA) * ($0 - muA) }.reduce(0, +) / 3).squareRoot()
        let normal = { (x: Double) in mu + (x - muA) / sigmaA * sigma }
        let expected: [Double] = [(normal(67.5) + 0) / 2, normal(25), (normal(100) + 75) / 2]
        let got = ["Acme", "Beta", "Gamma"].map { Self.startup($0, in: run).normalizedScore ?? .nan }
        let differences = zip(got, expected).map { abs($0 - $1) }
        #expect(differences.allSatisfy { $0 < 1e-9 })
        #expect(Self.startup("Acme", in: run).result.score == 33.75)  // the panel result is unchanged
        #expect(Self.startup("Acme").normalizedScore == nil)
    }

    @Test func zNormalisationWithoutSpreadGivesTheRunsMean() {
        // Ann gives 100 to three startups (σ = 0: z = 0, so x' = μ); Bob 0 to one (kept).
        let text = { (startup: String, assessor: String, yes: Bool) in
            "startup: \(startup)\nassessor: \(assessor)\nanswers:\n  profile.sector: software\n  team.cto: \(yes)\n"
                + "  team.advisors: \(yes ? 2 : 0)\n  tech.ip: \(yes ? "granted" : "none")\n"
        }
        let sheets = [("A", "Ann", true), ("B", "Ann", true), ("C", "Ann", true), ("A", "Bob", false)]
        let assessments = sheets.enumerated().map { index, sheet in
            PanelAssessment(
                questionnaire: Fixtures.questionnaire(text(sheet.0, sheet.1, sheet.2), rubric: Self.rubric)!,
                rubric: Self.rubric, source: "\(index)", position: index)
        }
        let startups = PanelGrouping.group(assessments, conflicts: PanelConflicts()).startups
        let run = PanelRun(startups.map { PanelEngine.assess($0) }, normalize: true)
        let mu = 300.0 / 4
        #expect(Self.startup("B", in: run).normalizedScore == mu)
        let half: Double = (mu + 0) / 2
        #expect(Self.startup("A", in: run).normalizedScore == half)
    }

    @Test func resourceNeedsCountEachStartupOnceByItsConsensus() throws {
        let run = Self.run()
        let rubric = try #require(run.startups.first?.result.rubric)
        var summary = CohortSummary(rubric: rubric)
        for panel in run.startups { summary.add(panel.result, source: panel.startup.name, slug: panel.startup.name) }
        #expect(run.resourceNeeds == summary.resourceNeeds)
        // The shared lab is a next step of Acme (biotech by its founder; Bob says no wet lab) and
        // Beta (no sector: `when` holds; wet lab unanswered), not of Gamma (software by Ann).
        #expect(run.resourceNeeds.map(\.resource.id) == ["lab"])
        #expect(run.resourceNeeds.first?.startups == 2 && run.resourceNeeds.first?.status == .overAsked)
    }

    @Test func rankingByVerdictThenScoreThenInputOrder() {
        #expect(Self.run().startups.map(\.startup.name) == ["Gamma", "Beta", "Acme"])
    }

    @Test func groupingProblemsAreLocatedAndCoded() {
        var assessments = Self.assessments(["acme-self", "acme-ann", "beta-self"])
        var second = assessments[0]
        second.source = "acme-self-2.yaml"
        second.position = 3
        var nobody = assessments[1]
        nobody.questionnaire.assessor = nil
        nobody.source = "nobody.yaml"
        nobody.location = SourceLocation(line: 4, column: 1)
        var twice = assessments[1]
        twice.source = "acme-ann-2.yaml"
        assessments += [second, nobody, twice]
        let grouped = PanelGrouping.group(assessments, conflicts: PanelConflicts())
        #expect(grouped.problems.map(\.diagnostic.code) == [.panelSecondFounder, .missingKey, .panelSecondAssessment])
        #expect(grouped.problems.map(\.source) == ["acme-self-2.yaml", "nobody.yaml", "acme-ann-2.yaml"])
        #expect(grouped.problems[1].diagnostic.location == SourceLocation(line: 4, column: 1))
        #expect(grouped.problems[0].diagnostic.message.contains("acme-self.yaml"))  // names the first file
        #expect(grouped.startups.map(\.name) == ["Acme", "Beta"])
    }

    @Test func conflictsFilesLocateEveryBadRow() {
        let csv = PanelConflictsDecoder.decode(
            bytes: Array("assessor,startup\nAnn,Acme\n,Beta\nBob,\n".utf8), isCSV: true)
        guard case .failure(let failure) = csv else { return #expect(Bool(false)) }
        #expect(
            failure.diagnostics.map(\.location) == [
                SourceLocation(line: 3, column: 1), SourceLocation(line: 4, column: 2),
            ])
        #expect(failure.diagnostics.allSatisfy { $0.code == .conflictIncomplete })
        let yaml = PanelConflictsDecoder.decode(
            bytes: Array("- {assessor: Ann, startup: Acme}\n- {assessor: Bob}\n- {asessor: Cy, startup: Acme}\n".utf8),
            isCSV: false)
        guard case .failure(let yamlFailure) = yaml else { return #expect(Bool(false)) }
        #expect(yamlFailure.diagnostics.map(\.code) == [.conflictIncomplete, .unknownKey, .conflictIncomplete])
        #expect(yamlFailure.diagnostics.map(\.location.line) == [2, 3, 3])
        let good = PanelConflictsDecoder.decode(bytes: Array(Fixtures.text("panel/conflicts.yaml").utf8), isCSV: false)
        #expect((try? good.get()) == Self.recuseCy)
        #expect(PanelAssessment.isFounder("SeLf") && !PanelAssessment.isFounder(" self"))
    }
}
