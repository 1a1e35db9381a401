import ArgumentParser
import ReadinessKit

/// Picks and loads the rubric that `init`, `ask` and `schema` work with.
///
/// `--rubric` takes a built-in id or a path; without it the built-in investor-readiness rubric
/// is used (or the only built-in one). Problems in the rubric are printed with their location.
struct RubricChoice {
    /// The loaded rubric.
    var rubric: Rubric
    /// Where it came from.
    var source: RubricResolver.Source

    /// The built-in rubric used when none is named.
    static var defaultID: String? {
        BuiltInRubrics.ids.contains("investor-readiness") ? "investor-readiness" : BuiltInRubrics.ids.first
    }

    /// Loads the rubric a reference names (or the default); throws `ExitCode.failure` when it
    /// is unknown or invalid, and a usage error when there is nothing to default to.
    static func load(_ reference: String?, resources: String?) throws -> RubricChoice {
        guard let reference = reference ?? defaultID else {
            throw ValidationError(Problem.noBuiltInRubric.description)
        }
        let resolver = RubricResolver(resourcesPath: resources)
        guard let source = resolver.source(for: reference) else {
            DiagnosticPrinter().error(resolver.unknown(reference))
            throw ExitCode.failure
        }
        guard let rubric = resolver.rubric(at: source) else { throw ExitCode.failure }
        return RubricChoice(rubric: rubric, source: source)
    }
}
