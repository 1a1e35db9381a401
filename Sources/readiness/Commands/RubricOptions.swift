import ArgumentParser

/// Options that choose the rubric and resource catalogue.
struct RubricOptions: ParsableArguments {
    @Option(help: "A built-in rubric id or a rubric file; overrides the questionnaire's 'rubric:'.")
    var rubric: String?

    @Option(help: "A resource catalogue file that replaces the rubric's catalogue.")
    var resources: String?
}
