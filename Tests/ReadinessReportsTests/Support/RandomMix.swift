/// A small seeded generator (SplitMix64), so randomised tests repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Texts made of random runs of the given pieces, for holding a fast byte path to the
/// character-wise rule it replaced: `count` texts of up to `longest` pieces each, the same
/// ones for the same seed.
func randomMixes(of pieces: [String], count: Int = 5_000, longest: Int = 12, seed: UInt64) -> [String] {
    var random = SplitMix(state: seed)
    return (0..<count).map { _ in
        (0..<Int.random(in: 0...longest, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
    }
}
