import Foundation
import ReadinessKit

/// One questionnaire of a cohort: a YAML file, or one row of a CSV file.
enum BatchItem {
    /// A YAML questionnaire file, given as a folder (one string shared by all its files) and
    /// the path below it: a list of 100,000 then needs no string of its own per full path.
    case file(folder: String, relative: String)
    /// A row of a CSV file, already decoded.
    indirect case csvRow(path: String, row: CSVQuestionnaireDecoder.Row)

    /// A YAML file given by its path.
    static func file(_ path: String) -> BatchItem { .file(folder: "", relative: path) }

    /// How the item is named in messages and exports: a path, or `file.csv:row`.
    var source: String {
        switch self {
        case .file(let folder, let relative): return folder.isEmpty ? relative : DirectoryWalker.join(folder, relative)
        case .csvRow(let path, let row): return "\(path):\(row.row)"
        }
    }
}

/// Expands batch inputs: folders into their YAML files (sorted by path), CSV files into rows.
struct BatchInput {
    let resolver: RubricResolver
    let rubricOverride: String?
    private let printer = DiagnosticPrinter()

    /// The items of every input, in order; inputs that cannot be read at all are reported
    /// and counted in `failed`.
    func items(from inputs: [String]) -> (items: [BatchItem], failed: Int) {
        var items: [BatchItem] = []
        var failed = 0
        for input in inputs {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isFolder) else {
                printer.print(.noSuchFileOrFolder, path: input)
                failed += 1
                continue
            }
            if isFolder.boolValue {
                var refused: [(path: String, problem: Problem)] = []
                items += yamlFiles(in: input, refused: &refused).map { BatchItem.file(folder: input, relative: $0) }
                for (path, problem) in refused { printer.print(problem, path: path) }
                failed += refused.count
            } else if input.lowercased().hasSuffix(".csv") {
                if let rows = csvRows(input) {
                    items += rows.map { BatchItem.csvRow(path: input, row: $0) }
                } else {
                    failed += 1
                }
            } else {
                items.append(.file(input))
            }
        }
        return (items, failed)
    }

    // MARK: - Private

    private func yamlFiles(in folder: String, refused: inout [(path: String, problem: Problem)]) -> [String] {
        let paths = DirectoryWalker.files(in: folder, refused: &refused) { name in
            let lower = name.lowercased()
            return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml")
        }
        return DirectoryWalker.sortedByBytes(paths)
    }

    /// The rows of a questionnaire CSV, each decoded or with its problems; nil (problems
    /// printed) when the file itself cannot be used: unreadable, not CSV, a bad header.
    func csvRows(_ path: String) -> [CSVQuestionnaireDecoder.Row]? {
        let bytes: [UInt8]
        switch FileReader.bytes(at: path, limit: FileReader.csvLimit) {
        case .failure(let failure):
            printer.print(failure, path: path)
            return nil
        case .success(let read):
            bytes = read
        }
        let parsed = CSVTable.parse(bytes: bytes)
        guard let table = parsed.table else {
            printer.print(parsed.diagnostics, path: path)
            return nil
        }
        let decoded = CSVQuestionnaireDecoder.decode(table) { reference in
            guard let name = rubricOverride ?? reference else {
                return .failure(LookupFailure(Problem.noRubricColumn.description))
            }
            let folder = (path as NSString).deletingLastPathComponent
            guard let source = resolver.source(for: name, relativeTo: rubricOverride == nil ? folder : nil) else {
                return .failure(LookupFailure(resolver.unknown(name).description))
            }
            guard let rubric = resolver.rubric(at: source) else {
                return .failure(LookupFailure(Problem.invalidRowRubric(source.displayPath).description))
            }
            return .success(rubric)
        }
        if !decoded.headerDiagnostics.isEmpty {
            printer.print(decoded.headerDiagnostics, path: path)
            if decoded.headerDiagnostics.hasErrors { return nil }
        }
        return decoded.rows
    }
}
