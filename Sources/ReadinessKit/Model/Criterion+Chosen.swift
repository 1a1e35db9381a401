extension Criterion {
    /// The options an answer chose, in the order it chose them: one for a choice, any number for
    /// a multi-choice, none for any other answer or for ids the criterion does not offer.
    public func chosenOptions(_ answer: AnswerValue?) -> [ChoiceOption] {
        let ids: [String]
        switch answer {
        case .choice(let id)?: ids = [id]
        case .multiChoice(let chosen)?: ids = chosen
        default: return []
        }
        let options = self.options
        return ids.compactMap { id in options.first { $0.id == id } }
    }
}
