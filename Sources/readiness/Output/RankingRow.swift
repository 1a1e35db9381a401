import ReadinessKit
import ReadinessReports

/// A startup's `cohort.csv` row and `cohort.json` ranking element without the rank, rendered
/// as soon as it is scored and kept in a `RecordFile`: writing the ranking at the end is then
/// a read and a copy per startup. Stored as the CSV part's length (4 bytes), the CSV part, and
/// the JSON part.
struct RankingRow {
    /// The CSV row after `rank,`, with its line ending, as UTF-8.
    var csvAfterRank: ArraySlice<UInt8>
    /// The ranking element after `{"rank": N, `, as UTF-8.
    var rankingAfterRank: ArraySlice<UInt8>

    /// Appends the record for an entry.
    static func append(_ entry: CohortEntry, _ summary: CohortSummary, to out: inout [UInt8]) {
        let lengthAt = out.count
        out += [0, 0, 0, 0]
        CohortCSVWriter.appendRowAfterRank(entry, summary, to: &out)
        let length = UInt32(out.count - lengthAt - 4)
        out[lengthAt] = UInt8(length & 0xFF)
        out[lengthAt + 1] = UInt8(length >> 8 & 0xFF)
        out[lengthAt + 2] = UInt8(length >> 16 & 0xFF)
        out[lengthAt + 3] = UInt8(length >> 24)
        CohortJSONWriter.appendRankingAfterRank(entry, to: &out)
    }

    /// Reads a record back; nil when it is damaged.
    init?(_ bytes: [UInt8]) {
        guard bytes.count >= 4 else { return nil }
        let length = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
        guard 4 + length <= bytes.count else { return nil }
        csvAfterRank = bytes[4..<(4 + length)]
        rankingAfterRank = bytes[(4 + length)...]
    }
}
