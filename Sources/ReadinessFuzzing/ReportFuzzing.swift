import ReadinessKit
import ReadinessReports

/// The fuzz targets over the report writers: the input as a questionnaire (scored against the
/// fixed rubric) and as a rubric (its texts rendered in the handbook and in reports).
enum ReportFuzzing {
    static func markdown(_ bytes: [UInt8]) -> [String] {
        reports(of: bytes).flatMap { result in
            MarkdownInvariant.violations(in: MarkdownWriter.write(result, rubric: result.rubric, strings: .english))
        }
            + handbook(of: bytes).flatMap {
                MarkdownInvariant.violations(in: HandbookMarkdownWriter.write($0, strings: .english))
            }
    }

    static func html(_ bytes: [UInt8]) -> [String] {
        reports(of: bytes).flatMap { result in
            do {
                return HTMLInvariant.violations(
                    in: try HTMLWriter.write(result, rubric: result.rubric, strings: .english))
            } catch {
                return ["the default templates failed: \(error)"]
            }
        }
            + handbook(of: bytes).flatMap {
                HTMLInvariant.violations(in: HandbookHTMLWriter.write($0, strings: .english))
            }
    }

    /// The results a report is written for: the input as a questionnaire against the fixed
    /// rubric, and questionnaires for the input as a rubric.
    private static func reports(of bytes: [UInt8]) -> [AssessmentResult] {
        var results: [AssessmentResult] = []
        if case .success(let decoded) = QuestionnaireDecoder.decode(
            bytes: bytes, rubric: { _ in .found(KitFuzzing.rubric) })
        {
            results.append(ScoringEngine.assess(decoded.questionnaire, with: decoded.rubric))
        }
        for rubric in handbook(of: bytes) {
            results += FuzzAnswers.questionnaires(for: rubric).map { ScoringEngine.assess($0, with: rubric) }
        }
        return results
    }

    /// The input as a rubric, when it decodes as one.
    private static func handbook(of bytes: [UInt8]) -> [Rubric] {
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root, let rubric = RubricDecoder.decode(root, readDiagnostics: read.diagnostics).rubric
        else {
            return []
        }
        return [rubric]
    }
}
