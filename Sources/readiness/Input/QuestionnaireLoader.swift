import Foundation
import ReadinessKit

/// Loads questionnaire files: reads the bytes, finds the rubric, decodes and checks the answers.
struct QuestionnaireLoader {
    /// A questionnaire that loaded, with its rubric.
    struct Loaded {
        var path: String
        var questionnaire: Questionnaire
        var rubric: Rubric
        /// Warnings for the caller to print in its own order (empty when the loader prints).
        var warnings: [Diagnostic] = []
    }

    /// Why a questionnaire did not load: its located diagnostics (printed unless the loader is quiet).
    struct Failure: Error {
        var path: String
        var diagnostics: [Diagnostic]
        var message: String?
        /// The rubric that failed to load, so the loader that reports can print its problems.
        var invalidRubric: RubricResolver.Source?
    }

    let resolver: RubricResolver
    /// A rubric reference that overrides the questionnaires' own `rubric:`.
    let rubricOverride: String?
    /// Whether to print diagnostics as they are found.
    var printDiagnostics = true
    /// Whether a folder given as a file is answered with the `batch` command that takes it.
    var suggestsBatch = false
    private let printer = DiagnosticPrinter()
    /// Where the override's rubric is, found once rather than for every file (nil: none found).
    private let overrideSource: RubricResolver.Source?

    init(resolver: RubricResolver, rubricOverride: String?, printDiagnostics: Bool = true) {
        self.resolver = resolver
        self.rubricOverride = rubricOverride
        self.printDiagnostics = printDiagnostics
        overrideSource = rubricOverride.flatMap { resolver.source(for: $0) }
    }

    /// Loads one questionnaire file; warnings are printed, errors make it fail.
    func load(path: String) -> Result<Loaded, Failure> {
        switch FileReader.bytes(at: path) {
        case .failure(var failure):
            if suggestsBatch, failure == .isFolder { failure = .folderToBatch(path) }
            if printDiagnostics { printer.print(failure, path: path) }
            return .failure(Failure(path: path, diagnostics: [], message: failure.description))
        case .success(let bytes):
            return load(bytes: bytes, path: path)
        }
    }

    /// Loads a questionnaire from bytes already read: one call into the kit's decoder, with this
    /// loader's way of finding rubrics.
    func load(bytes: [UInt8], path: String) -> Result<Loaded, Failure> {
        var invalidRubric: RubricResolver.Source?
        let decoded = QuestionnaireDecoder.decode(bytes: bytes) { reference in
            lookup(reference, path: path, invalid: &invalidRubric)
        }
        switch decoded {
        case .failure(let failure):
            if printDiagnostics {
                if !failure.diagnostics.isEmpty { printer.print(failure.diagnostics, path: path) }
                if let message = failure.message { printer.fileError(message, path: path) }
            }
            return .failure(
                Failure(
                    path: path, diagnostics: failure.diagnostics, message: failure.message,
                    invalidRubric: invalidRubric))
        case .success(let decoded):
            if printDiagnostics, !decoded.warnings.isEmpty { printer.print(decoded.warnings, path: path) }
            return .success(
                Loaded(
                    path: path, questionnaire: decoded.questionnaire, rubric: decoded.rubric,
                    warnings: printDiagnostics ? [] : decoded.warnings))
        }
    }

    /// A loader that decodes its own copies of rubrics (for a worker thread of its own).
    func withOwnRubrics() -> QuestionnaireLoader {
        var copy = QuestionnaireLoader(
            resolver: resolver.copy(), rubricOverride: rubricOverride, printDiagnostics: printDiagnostics)
        copy.suggestsBatch = suggestsBatch
        return copy
    }

    /// Prints warnings kept for the caller (for loaders that do not print as they go).
    func reportWarnings(_ warnings: [Diagnostic], path: String) {
        if !warnings.isEmpty { printer.print(warnings, path: path) }
    }

    /// Prints a failure's diagnostics (for loaders that do not print as they go).
    func report(_ failure: Failure) {
        // A worker's silent resolver may have met the bad rubric first: load it here, once, loudly.
        if let source = failure.invalidRubric { _ = resolver.rubric(at: source) }
        if !failure.diagnostics.isEmpty { printer.print(failure.diagnostics, path: failure.path) }
        if let message = failure.message { printer.fileError(message, path: failure.path) }
    }

    // MARK: - Private

    /// The rubric for a questionnaire: the override's, else the one its `rubric:` names
    /// (relative to its folder first). An invalid rubric is noted in `invalid`, for `report`.
    private func lookup(_ reference: String?, path: String, invalid: inout RubricResolver.Source?) -> RubricLookup {
        let source: RubricResolver.Source
        if let override = rubricOverride {
            guard let overrideSource else { return .unusable(resolver.unknown(override).description) }
            source = overrideSource
        } else {
            guard let reference else {
                return .unknown(Problem.noRubric(suggested: BuiltInRubrics.ids.first ?? "ID").description)
            }
            let folder = (path as NSString).deletingLastPathComponent
            guard let found = resolver.source(for: reference, relativeTo: folder) else {
                return .unknown(resolver.unknown(reference).description)
            }
            source = found
        }
        guard let rubric = resolver.rubric(at: source) else {
            invalid = source
            return .unusable(Problem.invalidRubric(source.displayPath).description)
        }
        return .found(rubric)
    }
}
