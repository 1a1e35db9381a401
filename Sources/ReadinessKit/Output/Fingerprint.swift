/// A fast 64-bit fingerprint of text (FNV-1a), for cheap equality checks before comparing text.
enum Fingerprint {
    /// FNV-1a over the text's UTF-8 bytes.
    static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}
