import Foundation
import ReadinessKit
import ReadinessReports

/// Takes batch outcomes in input order: names each startup, writes its reports, streams
/// `cohort.json`, and at the end writes the overview files. Failures go to stderr.
struct CohortWriter {
    private let folder: String
    private let formats: [ReportFormat]
    private let summaryOnly: Bool
    private var strings: Strings
    private let printer = DiagnosticPrinter()
    private var slugs = SlugAllocator(reserved: ReportOutput.reservedSlugs)
    private var summary: CohortSummary?
    private var json: AtomicStream?
    private var pendingFailures: [CohortFailure] = []
    private var wroteResult = false
    private var entryStore: FileEntryStore?
    /// Each startup's `cohort.csv` row and ranking element, but for the rank (see `RankingRow`).
    private var rankingRows: RecordFile?
    /// How many startups were scored.
    private(set) var scoredCount = 0
    /// How many questionnaires could not be scored.
    private(set) var failedCount = 0

    init(folder: String, formats: [ReportFormat], summaryOnly: Bool, strings: Strings) {
        self.folder = folder
        self.formats = formats
        self.summaryOnly = summaryOnly
        self.strings = strings
    }

    /// Adds the next outcome in input order; its report files are written by `tasks`.
    mutating func add(_ outcome: BatchOutcome, tasks: OrderedPipeline<BatchOutcome>.Tasks) throws(AtomicWriter.Failure)
    {
        switch outcome {
        case .failed(let source, let path, let diagnostics, let message, _):
            fail(source: source, path: path, diagnostics: diagnostics, message: message)
        case .scored(let source, let result, let rubric, let reports, let resultJSON, let warnings, let path):
            if !warnings.isEmpty { printer.print(warnings, path: path) }
            if summary == nil { try start(rubric) }
            guard summary?.rubric.id == rubric.id, summary?.rubric.version == rubric.version else {
                let expected = summary.map { "\($0.rubric.id) \($0.rubric.version)" } ?? ""
                let problem = Problem.mixedRubrics(scored: "\(rubric.id) \(rubric.version)", cohort: expected)
                fail(source: source, path: source, diagnostics: [], message: problem.description)
                return
            }
            let slug = slugs.next(for: result.startup)
            if let entry = summary?.add(result, source: source, slug: slug), let summary {
                rankingRows?.append { RankingRow.append(entry, summary, to: &$0) }
            }
            try json?.write(CohortJSONWriter.separator(first: !wroteResult))
            try json?.write(resultJSON)
            wroteResult = true
            scoredCount += 1
            for (format, bytes) in reports {
                let path = (folder as NSString).appendingPathComponent("\(slug).\(format.fileExtension)")
                tasks.submit { try AtomicWriter.write(bytes, to: path) }
            }
        }
    }

    /// Writes the overview files; with no startup scored at all, writes nothing.
    mutating func finish() throws(AtomicWriter.Failure) {
        guard var summary, let json else {
            if failedCount > 0 { printer.error(.nothingScored) }
            return
        }
        for failure in pendingFailures { summary.addFailure(failure) }
        // A full disk shows now, before anything is read back or any overview is begun.
        entryStore?.flush()
        rankingRows?.flush()
        do throws(AtomicWriter.Failure) {
            try checkStore()
        } catch {
            json.abandon()
            throw error
        }
        let folder = self.folder
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        // One pass over the ranking streams both its JSON and `cohort.csv` from rows rendered
        // as startups were scored, while the Markdown and HTML overviews render beside it, each
        // on a thread of its own.
        let csv = try AtomicStream(path: path("cohort.csv"))
        let link = !summaryOnly && !formats.isEmpty
        let formats = self.formats
        nonisolated(unsafe) var markdown = ""
        nonisolated(unsafe) var html = ""
        let order = summary.rankingOrder  // sorted once, shared by both passes
        let top = summary.overviewEntries(order: order)
        let overviews = DispatchGroup()
        let strings = strings
        DispatchQueue.global().async(group: overviews) { [summary] in
            markdown = CohortMarkdownWriter.write(
                summary, linkReports: link && formats.contains(.markdown), top: top,
                strings: strings)
        }
        DispatchQueue.global().async(group: overviews) { [summary] in
            html = CohortHTMLWriter.write(
                summary, linkReports: link && formats.contains(.html), top: top, strings: strings)
        }
        do throws(AtomicWriter.Failure) {
            try json.write(CohortJSONWriter.closingHead(summary, wroteResults: wroteResult))
            try csv.write(CohortCSVWriter.header(summary))
            for (rank, index) in order.enumerated() {
                guard let bytes = rankingRows?.record(index), let row = RankingRow(bytes) else {
                    rankingRows?.noteFailure(.damagedRanking)
                    break
                }
                // The rows are bytes already: only the rank is new text.
                try json.write(CohortJSONWriter.rankingElementOpening(rank: rank + 1))
                try json.write(row.rankingAfterRank)
                try csv.write(String(rank + 1) + ",")
                try csv.write(row.csvAfterRank)
            }
            try json.write(CohortJSONWriter.closingTail(summary))
            overviews.wait()
            try checkStore()
        } catch {
            overviews.wait()
            csv.abandon()
            json.abandon()
            throw error
        }
        // All four are finished in hidden files first and renamed only then: a full disk leaves
        // the old overview whole, never a new cohort.md beside an old cohort.html.
        var streams = [json, csv]
        do throws(AtomicWriter.Failure) {
            for (name, text) in [("cohort.md", markdown), ("cohort.html", html)] {
                let stream = try AtomicStream(path: path(name))
                streams.append(stream)
                try stream.write(text)
            }
            for stream in streams { try stream.finishWriting() }
        } catch {
            for stream in streams { stream.abandon() }
            throw error
        }
        for stream in streams { try stream.publish() }
        self.summary = summary
    }

    // MARK: - Private

    /// Refuses to finish when the entry file failed: the overviews would be wrong.
    private func checkStore() throws(AtomicWriter.Failure) {
        if let failure = entryStore?.failure ?? rankingRows?.failure {
            throw AtomicWriter.Failure(path: folder, problem: failure)
        }
    }

    private mutating func start(_ rubric: Rubric) throws(AtomicWriter.Failure) {
        let store = try FileEntryStore(folder: folder, dimensionCount: rubric.dimensions.count)
        entryStore = store
        rankingRows = try RecordFile(folder: folder, name: "ranking")
        summary = CohortSummary(rubric: rubric, store: store)
        // The overview speaks the language of the rubric it summarises (a view in `--lang`, else
        // the first questionnaire's language, else the rubric's own).
        strings = Strings.of(rubric, else: strings)
        let stream = try AtomicStream(path: (folder as NSString).appendingPathComponent("cohort.json"))
        try stream.write(CohortJSONWriter.opening(rubric: rubric))
        json = stream
    }

    private mutating func fail(source: String, path: String, diagnostics: [Diagnostic], message: String?) {
        failedCount += 1
        var lines = diagnostics.filter { $0.severity == .error }.prefix(3).map { $0.formatted(path: path) }
        if let message { lines.append("\(source): error: \(message)") }
        if !diagnostics.isEmpty { printer.print(diagnostics, path: path) }
        if let message { printer.fileError(message, path: source) }
        pendingFailures.append(CohortFailure(source: source, messages: lines))
    }
}
