#if canImport(Glibc)
import Glibc
#endif
import ReadinessKit

/// Prints result JSON to standard output, streamed in blocks so thousands of results never
/// become one giant string.
enum JSONOutput {
    /// Prints one result as an object, or several (or a multi-file run) as an array.
    static func print(_ results: [AssessmentResult], asArray: Bool, jobs: Int = 1) {
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        guard asArray else {
            guard let result = results.first else { return }
            ResultJSON.value(result).write(into: &out, indent: 0)
            out.append(0x0A)
            flush(&out)
            return
        }
        if results.isEmpty {
            out += Array("[]\n".utf8)
            flush(&out)
            return
        }
        out += Array("[\n".utf8)
        // Results are rendered on every core in blocks, and written in order.
        let block = 256
        for start in stride(from: 0, to: results.count, by: block) {
            let end = min(start + block, results.count)
            let rendered = ParallelMap.map(count: end - start, jobs: jobs) { offset -> [UInt8] in
                var bytes: [UInt8] = [0x20, 0x20]
                bytes.reserveCapacity(16_384)
                ResultJSON.value(results[start + offset]).write(into: &bytes, indent: 1)
                bytes += start + offset == results.count - 1 ? [0x0A] : [0x2C, 0x0A]
                return bytes
            }
            for bytes in rendered { out += bytes }
            flush(&out)
        }
        out += Array("]\n".utf8)
        flush(&out)
    }

    private static func flush(_ out: inout [UInt8]) {
        fflush(nil)  // keep order with anything printed through stdio
        out.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDOUT_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
        out.removeAll(keepingCapacity: true)
    }
}
