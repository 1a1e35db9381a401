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
        case .failure(let failure):
            if printDiagnostics { printer.fileError(failure.message, path: path) }
            return .failure(Failure(path: path, diagnostics: [], message: failure.message))
        case .success(let bytes):
            return load(bytes: bytes, path: path)
        }
    }

    /// Loads a questionnaire from bytes already read.
    func load(bytes: [UInt8], path: String) -> Result<Loaded, Failure> {
        // The ordinary file decodes straight from libyaml's events; anything the fast path
        // would not vouch for (any problem, any warning) is decoded again the full way below.
        let fast = QuestionnaireEventDecoder.decode(bytes: bytes) { reference in
            rubricSource(reference, path: path).flatMap(resolver.rubric(at:))
        }
        if let fast {
            return .success(Loaded(path: path, questionnaire: fast.questionnaire, rubric: fast.rubric))
        }
        let read = YAMLReader.read(bytes: bytes)
        guard let root = read.root else {
            let diagnostics = read.diagnostics.isEmpty
                ? [Diagnostic.error("the questionnaire is empty; expected 'startup:' and 'answers:'", at: .start)]
                : read.diagnostics
            return fail(path, diagnostics)
        }
        let header = QuestionnaireHeader(root)
        guard let source = rubricSource(header.rubric, path: path) else {
            if let override = rubricOverride { return fail(path, [], message: resolver.unknownMessage(override)) }
            if let reference = header.rubric {
                return fail(path, read.diagnostics + [.error(resolver.unknownMessage(reference), at: header.rubricLocation ?? .start)])
            }
            let message = "the questionnaire names no rubric; add 'rubric: \(BuiltInRubrics.ids.first ?? "ID")' or pass --rubric"
            return fail(path, read.diagnostics + [.error(message, at: root.location)])
        }
        guard let rubric = resolver.rubric(at: source) else {
            var failure = fail(path, [], message: "its rubric \(source.displayPath) is invalid")
            if case .failure(var value) = failure {
                value.invalidRubric = source
                failure = .failure(value)
            }
            return failure
        }
        let decoded = QuestionnaireDecoder.decode(root, readDiagnostics: read.diagnostics, rubric: rubric)
        guard let questionnaire = decoded.questionnaire else { return fail(path, decoded.diagnostics) }
        if printDiagnostics, !decoded.diagnostics.isEmpty { printer.print(decoded.diagnostics, path: path) }
        return .success(Loaded(path: path, questionnaire: questionnaire, rubric: rubric,
                               warnings: printDiagnostics ? [] : decoded.diagnostics))
    }

    /// A loader that decodes its own copies of rubrics (for a worker thread of its own).
    func withOwnRubrics() -> QuestionnaireLoader {
        QuestionnaireLoader(resolver: resolver.copy(), rubricOverride: rubricOverride, printDiagnostics: printDiagnostics)
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

    /// Where the rubric for a questionnaire is: the override's, else the one its `rubric:`
    /// names (relative to its folder first); nil when there is none. Both decoders ask this.
    private func rubricSource(_ reference: String?, path: String) -> RubricResolver.Source? {
        if rubricOverride != nil { return overrideSource }
        guard let reference else { return nil }
        return resolver.source(for: reference, relativeTo: (path as NSString).deletingLastPathComponent)
    }

    private func fail(_ path: String, _ diagnostics: [Diagnostic], message: String? = nil) -> Result<Loaded, Failure> {
        if printDiagnostics {
            if !diagnostics.isEmpty { printer.print(diagnostics.sortedByLocation(), path: path) }
            if let message { printer.fileError(message, path: path) }
        }
        return .failure(Failure(path: path, diagnostics: diagnostics.sortedByLocation(), message: message))
    }
}
