import CSV

/// A CSV file read into records, RFC 4180: quoting, embedded newlines, CRLF and a UTF-8 BOM.
///
/// Row numbers count records from 1 (the header); blank lines are skipped but keep their number
/// so a problem's `row:column` matches what a spreadsheet shows.
public struct CSVTable: Sendable, Equatable {
    /// One record and its 1-based row number.
    public struct Record: Sendable, Equatable {
        /// The 1-based row number (the header is row 1).
        public var row: Int
        /// The fields, in order.
        public var fields: [String]
    }

    /// The header's fields.
    public var header: [String]
    /// The data records after the header.
    public var records: [Record]

    /// The most data rows one CSV file may have: every row becomes a startup with a report and a
    /// place in the overview, so a file of tiny rows would make output thousands of times its
    /// size. Ten thousand is far beyond any cohort; split larger exports.
    public static let maxRows = 10_000

    /// Parses CSV bytes, refusing bytes that are not UTF-8 at the first bad one.
    public static func parse(bytes: [UInt8]) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let location = TextPosition.firstInvalidUTF8(in: bytes) ?? .start
            return (nil, [.error("file is not UTF-8 text (invalid byte)", at: location)])
        }
        return parse(text)
    }

    /// Parses CSV text; an unterminated quote or an empty text is a located error.
    public static func parse(_ text: String) -> (table: CSVTable?, diagnostics: [Diagnostic]) {
        var body = text
        if body.hasPrefix("\u{FEFF}") { body.removeFirst() }
        if let row = unterminatedQuoteRow(body) {
            return (
                nil,
                [.error("a quoted field is never closed (a '\"' is missing)", at: SourceLocation(line: row, column: 1))]
            )
        }
        guard let reader = try? CSVReader(string: body, hasHeaderRow: false) else {
            return (nil, [.error("the CSV file cannot be read", at: .start)])
        }
        var rows: [Record] = []
        var number = 0
        while let fields = reader.next() {
            number += 1
            if fields.count == 1, fields[0].trimmingSpaces().isEmpty { continue }
            if rows.count > maxRows {
                return (
                    nil,
                    [
                        .error(
                            "too many rows (more than \(maxRows)); split the file",
                            at: SourceLocation(line: number, column: 1),
                            code: .tooManyRows)
                    ]
                )
            }
            rows.append(Record(row: number, fields: fields))
        }
        guard let first = rows.first else {
            return (
                nil,
                [.error("the CSV file is empty; expected a header row with 'startup' and criterion ids", at: .start)]
            )
        }
        return (CSVTable(header: first.fields.map { $0.trimmingSpaces() }, records: Array(rows.dropFirst())), [])
    }

    // MARK: - Private

    /// The record number where an unclosed quoted field starts, if any.
    private static func unterminatedQuoteRow(_ text: String) -> Int? {
        var row = 1
        var inQuotes = false
        var quoteRow = 1
        var atFieldStart = true
        var previousWasQuote = false
        for scalar in text.unicodeScalars {
            if inQuotes {
                if scalar == "\"" {
                    if previousWasQuote {
                        previousWasQuote = false
                        continue
                    }
                    previousWasQuote = true
                    continue
                }
                if previousWasQuote {
                    inQuotes = false
                    previousWasQuote = false
                } else {
                    continue
                }
            }
            switch scalar {
            case "\"" where atFieldStart:
                inQuotes = true
                quoteRow = row
                atFieldStart = false
            case ",":
                atFieldStart = true
            case "\n":
                row += 1
                atFieldStart = true
            case "\r":
                atFieldStart = true
            default:
                atFieldStart = false
            }
        }
        return inQuotes && !previousWasQuote ? quoteRow : nil
    }
}
