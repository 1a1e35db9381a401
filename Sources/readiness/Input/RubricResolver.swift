import Foundation
import ReadinessKit

/// Finds and loads rubrics by built-in id or path, with their resource catalogue, once each.
///
/// Problems in a rubric or catalogue are printed with that file's path; callers get nil.
final class RubricResolver: @unchecked Sendable {
    /// Where a rubric comes from.
    enum Source: Hashable {
        case builtIn(String)
        case file(String)

        var displayPath: String {
            switch self {
            case .builtIn(let id): return BuiltInRubrics.displayPath(of: id)
            case .file(let path): return path
            }
        }
    }

    private let resourcesPath: String?
    private var printer = DiagnosticPrinter()
    private var cache: [Source: Rubric?] = [:]
    /// Guards the caches: batch loads questionnaires on several threads.
    private let lock = NSLock()
    /// Whether any rubric or catalogue had errors.
    private(set) var failed = false

    /// Creates a resolver; `resourcesPath` replaces every rubric's catalogue.
    init(resourcesPath: String?) {
        self.resourcesPath = resourcesPath
    }

    /// A resolver with the same settings and an empty cache, so it decodes rubrics of its own.
    /// The copy prints nothing: the original reports any problem once.
    func copy() -> RubricResolver {
        let copy = RubricResolver(resourcesPath: resourcesPath)
        copy.printer.silent = true
        return copy
    }

    /// Where a rubric reference points: a built-in id, or a path (relative to `folder` if given).
    func source(for reference: String, relativeTo folder: String? = nil) -> Source? {
        if BuiltInRubrics.text(of: reference) != nil { return .builtIn(reference) }
        var candidates = [reference]
        if let folder, !reference.hasPrefix("/") { candidates.insert((folder as NSString).appendingPathComponent(reference), at: 0) }
        for candidate in candidates where FileManager.default.fileExists(atPath: candidate) {
            return .file(candidate)
        }
        return nil
    }

    /// A message for a reference that names no rubric.
    func unknownMessage(_ reference: String) -> String {
        let ids = BuiltInRubrics.ids
        return "unknown rubric '\(reference)'\(Suggestion.hint(for: reference, in: ids)); built-in rubrics: \(ids.joined(separator: ", ")), or give a path"
    }

    /// The rubric at a source, loaded once; nil (with errors printed) when it is invalid.
    func rubric(at source: Source) -> Rubric? {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[source] { return cached }
        let rubric = load(source)
        cache[source] = rubric
        if rubric == nil { failed = true }
        return rubric
    }

    /// Decodes a rubric from a source, printing its warnings and errors.
    func decode(_ source: Source) -> RubricDecoder.Output? {
        let text: String
        switch source {
        case .builtIn(let id): text = BuiltInRubrics.text(of: id) ?? ""
        case .file(let path):
            switch FileReader.bytes(at: path) {
            case .failure(let failure):
                printer.fileError(failure.message, path: path)
                return nil
            case .success(let bytes):
                let read = YAMLReader.read(bytes: bytes)
                guard let root = read.root else {
                    let diagnostics = read.diagnostics.isEmpty
                        ? [Diagnostic.error("the rubric is empty", at: .start)] : read.diagnostics
                    printer.print(diagnostics, path: path)
                    return nil
                }
                return decode(root, read.diagnostics, source: source)
            }
        }
        let read = YAMLReader.read(text)
        guard let root = read.root else {
            printer.print(read.diagnostics, path: source.displayPath)
            return nil
        }
        return decode(root, read.diagnostics, source: source)
    }

    // MARK: - Private

    private func load(_ source: Source) -> Rubric? {
        guard let output = decode(source) else { return nil }
        if !output.diagnostics.isEmpty { printer.print(output.diagnostics, path: source.displayPath) }
        return output.rubric
    }

    private func decode(_ root: YAMLNode, _ readDiagnostics: [Diagnostic], source: Source) -> RubricDecoder.Output? {
        var catalogue: [Resource]?
        let name = root["catalogue"]?.scalar
        if let path = resourcesPath {
            catalogue = loadCatalogue(path: path)
            if catalogue == nil { return nil }
        } else if let name {
            if case .file(let path) = source {
                let beside = ((path as NSString).deletingLastPathComponent as NSString)
                    .appendingPathComponent("resources/\(name).yaml")
                if FileManager.default.fileExists(atPath: beside) {
                    catalogue = loadCatalogue(path: beside)
                    if catalogue == nil { return nil }
                }
            }
            if catalogue == nil, let text = BuiltInRubrics.catalogueText(of: name) {
                let decoded = ResourceDecoder.decodeCatalogue(text)
                if !decoded.diagnostics.isEmpty {
                    printer.print(decoded.diagnostics, path: BuiltInRubrics.catalogueDisplayPath(of: name))
                }
                catalogue = decoded.resources
            }
        }
        return RubricDecoder.decode(root, readDiagnostics: readDiagnostics, catalogue: catalogue)
    }

    private var catalogues: [String: [Resource]?] = [:]

    private func loadCatalogue(path: String) -> [Resource]? {
        if let cached = catalogues[path] { return cached }
        var result: [Resource]?
        switch FileReader.bytes(at: path) {
        case .failure(let failure):
            printer.fileError(failure.message, path: path)
        case .success(let bytes):
            let decoded = ResourceDecoder.decodeCatalogue(bytes: bytes)
            if !decoded.diagnostics.isEmpty { printer.print(decoded.diagnostics, path: path) }
            if !decoded.diagnostics.hasErrors { result = decoded.resources }
        }
        if result == nil { failed = true }
        catalogues[path] = result
        return result
    }
}
