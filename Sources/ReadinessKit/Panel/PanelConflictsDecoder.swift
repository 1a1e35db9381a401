/// Reads a conflicts file: CSV with `assessor` and `startup` columns, or YAML, a list of
/// `{assessor, startup}` (bare or under `conflicts:`). Cells are trimmed; every bad row or item
/// is a located error (CSV `row:column`, YAML `line:column`).
public enum PanelConflictsDecoder {
    /// The conflicts, or every problem found (nothing is used when there is one).
    public static func decode(bytes: [UInt8], isCSV: Bool) -> Result<PanelConflicts, PanelFailure> {
        var diagnostics: [Diagnostic] = []
        let pairs = isCSV ? csv(bytes, &diagnostics) : yaml(bytes, &diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { return .failure(PanelFailure(diagnostics)) }
        return .success(PanelConflicts(Set(pairs)))
    }

    // MARK: - Private

    private static func csv(_ bytes: [UInt8], _ diagnostics: inout [Diagnostic]) -> [PanelConflicts.Pair] {
        let parsed = CSVTable.parse(bytes: bytes)
        guard let table = parsed.table else {
            diagnostics += parsed.diagnostics
            return []
        }
        let header = table.header.map { $0.trimmingSpaces() }
        guard let assessorColumn = header.firstIndex(of: "assessor"),
            let startupColumn = header.firstIndex(of: "startup")
        else {
            let missing = header.contains("assessor") ? "startup" : "assessor"
            diagnostics.append(.error(PanelDiagnostics.conflictsColumn(missing), at: .start, code: .missingKey))
            return []
        }
        var pairs: [PanelConflicts.Pair] = []
        for record in table.records {
            let cell = { (column: Int) -> String in
                column < record.fields.count ? record.fields[column].trimmingSpaces() : ""
            }
            let assessor = cell(assessorColumn)
            let startup = cell(startupColumn)
            if assessor.isEmpty || startup.isEmpty {
                let column = (assessor.isEmpty ? assessorColumn : startupColumn) + 1
                diagnostics.append(
                    .error(
                        PanelDiagnostics.conflictIncomplete,
                        at: SourceLocation(line: record.row, column: column), code: .conflictIncomplete))
                continue
            }
            pairs.append(PanelConflicts.Pair(assessor: assessor, startup: startup))
        }
        return pairs
    }

    private static func yaml(_ bytes: [UInt8], _ diagnostics: inout [Diagnostic]) -> [PanelConflicts.Pair] {
        let read = YAMLReader.read(bytes: bytes)
        diagnostics += read.diagnostics
        guard var node = read.root else { return [] }
        var decoder = NodeDecoder()
        defer { diagnostics += decoder.diagnostics }
        if let pairs = node.mapping {
            decoder.checkKeys(pairs, allowed: ["conflicts"], in: "the conflicts file")
            guard let list = node["conflicts"] else {
                decoder.error(
                    "missing required key 'conflicts' in the conflicts file", at: node.location, code: .missingKey)
                return []
            }
            node = list
        }
        guard let items = decoder.sequence(node, "the conflicts") else { return [] }
        var pairs: [PanelConflicts.Pair] = []
        for item in items {
            guard let fields = decoder.mapping(item, "a conflict") else { continue }
            decoder.checkKeys(fields, allowed: ["assessor", "startup"], in: "a conflict")
            let assessor = item["assessor"].flatMap { decoder.text($0, "'assessor'") }?.trimmingSpaces() ?? ""
            let startup = item["startup"].flatMap { decoder.text($0, "'startup'") }?.trimmingSpaces() ?? ""
            if assessor.isEmpty || startup.isEmpty {
                decoder.error(PanelDiagnostics.conflictIncomplete, at: item.location, code: .conflictIncomplete)
                continue
            }
            pairs.append(PanelConflicts.Pair(assessor: assessor, startup: startup))
        }
        return pairs
    }
}
