/// The CSV layout a form tool should export for a cohort: one row a startup.
public enum QuestionnaireCSV {
    /// The fixed columns that come before the criterion ids.
    public static let fixedColumns = ["startup", "assessor", "date"]

    /// The column names: `startup,assessor,date`, then every criterion id in rubric order.
    public static func columns(for rubric: Rubric) -> [String] {
        fixedColumns + rubric.allCriteria.map(\.key)
    }

    /// The header line, ending with a line feed.
    ///
    /// Criterion ids hold only letters, digits, `-`, `_` and one `.`, so no field needs quoting.
    public static func header(for rubric: Rubric) -> String {
        columns(for: rubric).joined(separator: ",") + "\n"
    }
}
