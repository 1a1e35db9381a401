import Foundation
import Testing

@testable import readiness

@Suite("OrderedPipeline")
struct OrderedPipelineTests {
    struct Stop: Error {}

    final class Box<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [T] = []
        func append(_ item: T) {
            lock.lock()
            items.append(item)
            lock.unlock()
        }
        var all: [T] {
            lock.lock()
            defer { lock.unlock() }
            return items
        }
    }

    @Test("values arrive in index order whatever the jobs and window", arguments: [1, 2, 3, 8], [1, 4, 256])
    func order(jobs: Int, window: Int) throws {
        var seen: [Int] = []
        try OrderedPipeline<Int>.run(count: 1_000, jobs: jobs, window: window) { index, _ in
            // Uneven work, so workers finish out of order.
            var x = index
            for _ in 0..<((index * 7919) % 500) { x = (x &* 31) &+ 7 }
            return index * 2 + (x == Int.min ? 1 : 0)
        } consume: { index, value, _ in
            #expect(value == index * 2)
            seen.append(index)
        }
        #expect(seen == Array(0..<1_000))
    }

    @Test("tasks handed back all run before run returns", arguments: [1, 3])
    func tasks(jobs: Int) throws {
        let ran = Box<Int>()
        try OrderedPipeline<Int>.run(count: 500, jobs: jobs, window: 8) { index, _ in
            index
        } consume: { index, _, tasks in
            tasks.submit { ran.append(index) }
        }
        #expect(ran.all.sorted() == Array(0..<500))
    }

    @Test("an error from the consumer stops the run and is rethrown")
    func consumerError() {
        var consumed = 0
        #expect(throws: Stop.self) {
            try OrderedPipeline<Int>.run(count: 10_000, jobs: 2, window: 16) { index, _ in
                index
            } consume: { index, _, _ in
                consumed += 1
                if index == 100 { throw Stop() }
            }
        }
        #expect(consumed == 101)
    }

    @Test(
        "an error from a task is rethrown after the workers stop, with workers or without",
        arguments: [(1, 10_000), (2, 10_000), (4, 1)])
    func taskError(jobs: Int, count: Int) {
        #expect(throws: Stop.self) {
            try OrderedPipeline<Int>.run(count: count, jobs: jobs, window: 16) { index, _ in
                index
            } consume: { index, _, tasks in
                if index == min(50, count - 1) { tasks.submit { throw Stop() } }
            }
        }
    }

    @Test("each worker number is below jobs")
    func workers() throws {
        try OrderedPipeline<Int>.run(count: 300, jobs: 4) { _, worker in
            worker
        } consume: { _, worker, _ in
            #expect((0..<4).contains(worker))
        }
    }
}
