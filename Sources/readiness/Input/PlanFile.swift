import Foundation
import ReadinessKit

/// Reads a plan file (YAML) against a rubric: problems are printed with the file's path and
/// location; warnings are printed too and do not stop it.
enum PlanFile {
    /// The plan at `path`, or nil (with every problem printed) when it cannot be read or has errors.
    static func load(path: String, rubric: Rubric, printer: DiagnosticPrinter) -> Plan? {
        guard let bytes = bytes(path: path, printer: printer) else { return nil }
        return load(bytes: bytes, path: path, rubric: rubric, printer: printer)
    }

    /// The plan in bytes already read from `path` (see `load(path:rubric:printer:)`).
    static func load(bytes: [UInt8], path: String, rubric: Rubric, printer: DiagnosticPrinter) -> Plan? {
        let decoded = PlanDecoder.decode(bytes: bytes, rubric: rubric)
        if !decoded.diagnostics.isEmpty { printer.print(decoded.diagnostics, path: path) }
        return decoded.plan
    }

    /// The `rubric:` reference of the plan at `path`, nil when it names none or cannot be read
    /// (`load` reports that).
    static func rubricReference(path: String) -> String? {
        guard case .success(let bytes) = FileReader.bytes(at: path) else { return nil }
        return PlanDecoder.rubricReference(bytes: bytes)
    }

    /// The rubric a plan is read against when nothing else gives one: `override` (`--rubric`),
    /// else the plan's own `rubric:` (a built-in id, or a path relative to the plan's folder
    /// first), else the default built-in rubric. Nil, with the problem printed (located at
    /// `rubric:`), when that names no rubric or the rubric has errors.
    static func rubric(
        forPlanAt path: String, bytes: [UInt8], override: String?, resolver: RubricResolver,
        printer: DiagnosticPrinter
    ) -> Rubric? {
        let written = PlanDecoder.rubricReference(bytes: bytes)
        guard let reference = override ?? written ?? RubricChoice.defaultID else {
            printer.fileError(Problem.noBuiltInRubric.description, path: path)
            return nil
        }
        let folder = override == nil ? (path as NSString).deletingLastPathComponent : nil
        guard let source = resolver.source(for: reference, relativeTo: folder) else {
            let message = resolver.unknown(reference).description
            if override == nil, let location = YAMLReader.read(bytes: bytes).root?["rubric"]?.location {
                printer.print([.error(message, at: location)], path: path)
            } else {
                printer.error(message)
            }
            return nil
        }
        guard let rubric = resolver.rubric(at: source) else {
            printer.fileError(Problem.invalidRubric(source.displayPath).description, path: path)
            return nil
        }
        return rubric
    }

    // MARK: - Private

    private static func bytes(path: String, printer: DiagnosticPrinter) -> [UInt8]? {
        switch FileReader.bytes(at: path) {
        case .failure(let problem):
            printer.print(problem, path: path)
            return nil
        case .success(let bytes):
            return bytes
        }
    }
}
