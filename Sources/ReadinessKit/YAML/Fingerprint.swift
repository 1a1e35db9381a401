/// A fast 64-bit fingerprint of text (FNV-1a), for cheap equality checks before comparing text
/// and for the hash tables that look up ids and keys (`KeyTable`, `CriterionIndex`).
enum Fingerprint {
    /// FNV-1a over the text's UTF-8 bytes, read from the string's own storage.
    static func of(_ text: String) -> UInt64 {
        text.withUTF8Bytes(of(bytes:))
    }

    /// FNV-1a over bytes: the same value `of(_:)` gives for the text they spell.
    static func of(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A table slot hash: the fingerprint with its high bits folded into the low ones, which a
    /// power-of-two table keeps.
    static func slot(_ text: String) -> Int {
        fold(of(text))
    }

    private static func fold(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
