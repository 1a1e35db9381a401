extension String {
    /// Runs `body` on the text's UTF-8 bytes. A native string lends its own storage, without a
    /// copy or a reference count; any other string is copied once. Every byte-level reader and
    /// writer of the project reaches a string's bytes through this.
    @inlinable
    public func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }

    /// Whether every UTF-8 byte of the text passes `test`, read from the string's own storage:
    /// iterating `utf8` byte by byte cost several times more, and escapers ask this of every
    /// piece of text they write.
    /// Inlinable, so the test is compiled into each caller instead of called per byte.
    @inlinable
    public func everyUTF8Byte(_ test: (UInt8) -> Bool) -> Bool {
        withUTF8Bytes { $0.allSatisfy(test) }
    }
}

extension String {
    /// Whether the text's UTF-8 bytes are exactly `bytes` (a byte comparison, stricter than
    /// `==`, which also takes canonically equivalent spellings as equal).
    func hasUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        withUTF8Bytes { mine in mine.count == bytes.count && sameBytes(mine, bytes) }
    }
}

/// Whether two buffers of the same length hold the same bytes, compared eight at a time:
/// `elementsEqual` went byte by byte through iterators, and ids are compared for every answer.
func sameBytes(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = first.count
    guard count == second.count else { return false }
    guard count > 0, let a = first.baseAddress, let b = second.baseAddress else { return true }
    let left = UnsafeRawPointer(a), right = UnsafeRawPointer(b)
    var offset = 0
    while offset + 8 <= count {
        guard left.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
        offset += 8
    }
    while offset < count {
        guard a[offset] == b[offset] else { return false }
        offset += 1
    }
    return true
}
