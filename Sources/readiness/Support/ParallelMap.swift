import Foundation

/// Maps indices to values on several threads, keeping the order of the indices.
enum ParallelMap {
    /// `transform(i)` for every `i` in `0..<count`, computed by `jobs` workers, in index order.
    static func map<T>(count: Int, jobs: Int, _ transform: (Int) -> T) -> [T] {
        map(count: count, jobs: jobs) { index, _ in transform(index) }
    }

    /// Like `map`, also telling each call which worker (`0..<jobs`) runs it, so a worker can
    /// use its own copy of shared data: Swift's reference counting on values that several cores
    /// touch at once makes them wait for each other.
    static func map<T>(count: Int, jobs: Int, _ transform: (Int, Int) -> T) -> [T] {
        guard count > 0 else { return [] }
        let workers = max(1, min(jobs, count))
        if workers == 1 { return (0..<count).map { transform($0, 0) } }
        var slots = [T?](repeating: nil, count: count)
        slots.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let slots = buffer
            withoutActuallyEscaping(transform) { transform in
                nonisolated(unsafe) let transform = transform
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    var index = worker
                    while index < count {
                        slots[index] = transform(index, worker)
                        index += workers
                    }
                }
            }
        }
        return slots.map { $0! }
    }
}
