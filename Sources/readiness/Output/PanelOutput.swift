import Foundation
import ReadinessKit
import ReadinessReports

/// Scores a panel's startups on every core and writes its files atomically: a panel report per
/// startup (`<slug>.<ext>`, slugs in input order) and the overview `panel.md|html|csv|json`.
struct PanelOutput {
    /// The overview's file name without extension; no startup's slug may take it.
    static let overviewName = "panel"

    let folder: String
    let formats: [ReportFormat]
    let renderer: ReportRenderer
    let jobs: Int

    /// Every startup's panel result, in input order.
    func assess(_ startups: [PanelStartup], discuss: Double) throws -> [PanelResult] {
        var results: [PanelResult] = []
        results.reserveCapacity(startups.count)
        try OrderedPipeline<PanelResult>.run(count: startups.count, jobs: jobs, window: 64 * jobs) { index, _ in
            PanelEngine.assess(startups[index], discuss: discuss)
        } consume: { _, result, _ in
            results.append(result)
        }
        return results
    }

    /// Writes every startup's reports, then the overview.
    func write(_ run: PanelRun, discuss: Double) throws {
        let inputOrder = run.startups.sorted { $0.startup.position < $1.startup.position }
        let reserved = ReportOutput.reservedSlugs.union([Self.overviewName])
        let slugs = Slug.unique(inputOrder.map(\.startup.name), reserved: reserved)
        let pages = PanelPages(
            strings: renderer.strings, templates: renderer.templates, normalized: run.normalized,
            discuss: discuss)
        let formats = self.formats
        // Each startup's compact JSON is rendered once, on a worker: its own file and panel.json share it.
        typealias Files = Result<(json: [UInt8], files: [(String, [UInt8])]), TemplateError>
        var json: [[UInt8]] = []
        json.reserveCapacity(inputOrder.count)
        try OrderedPipeline<Files>.run(count: inputOrder.count, jobs: jobs, window: 16 * jobs) { index, _ in
            Result { () throws(TemplateError) in
                let compact = pages.compactJSON(inputOrder[index])
                let files = try formats.map { format throws(TemplateError) in
                    (
                        path(slugs[index], format),
                        format == .json ? compact + [0x0A] : try pages.report(inputOrder[index], format: format)
                    )
                }
                return (compact, files)
            }
        } consume: { _, files, _ in
            switch files {
            case .success(let rendered):
                json.append(rendered.json)
                for (path, bytes) in rendered.files { try AtomicWriter.write(bytes, to: path) }
            case .failure(let error):
                let template = "\(error.name).\(DefaultTemplates.fileExtension):\(error.line):\(error.column)"
                throw AtomicWriter.Failure(path: template, problem: .unrenderable(reason: error.message))
            }
        }
        let indexOf = Dictionary(
            uniqueKeysWithValues: inputOrder.enumerated().map { ($0.element.startup.position, $0.offset) })
        for format in ReportFormat.allCases {
            let bytes = pages.overview(
                run, format: format, slug: { slugs[indexOf[$0.startup.position]!] },
                json: { json[indexOf[$0.startup.position]!] })
            try AtomicWriter.write(bytes, to: path(Self.overviewName, format))
        }
    }

    private func path(_ slug: String, _ format: ReportFormat) -> String {
        (folder as NSString).appendingPathComponent("\(slug).\(format.fileExtension)")
    }
}
