/// A local resource (facility, training, partner) that helps close a gap.
public struct Resource: Sendable, Equatable {
    /// The resource's id, which criteria and options refer to.
    public var id: String
    /// The resource's title in every language given.
    public var titleText: LocalizedText
    /// A link, if any.
    public var url: String?
    /// A Markdown summary, if any, in every language given.
    public var summaryText: LocalizedText?
    /// Who to contact, if given, in every language given.
    public var contactText: LocalizedText?
    /// What kind of resource it is, if given.
    public var kind: ResourceKind?
    /// How to get access (`booking`), in every language given.
    public var bookingText: LocalizedText?
    /// What it costs (`cost`), in every language given.
    public var costText: LocalizedText?
    /// Who may use it (`eligibility`), in every language given.
    public var eligibilityText: LocalizedText?
    /// How long access takes (`lead_time`), in every language given.
    public var leadTimeText: LocalizedText?
    /// How many startups it can serve per round (`capacity`), if given.
    public var capacity: Int?
    /// The sectors it serves (`sectors`); empty means every sector.
    public var sectors: [String] = []

    /// Creates a resource.
    public init(id: String, title: String, url: String? = nil, summary: String? = nil, contact: String? = nil) {
        self.id = id
        titleText = LocalizedText(title)
        self.url = url
        summaryText = summary.map(LocalizedText.init)
        contactText = contact.map(LocalizedText.init)
    }

    /// The resource's title in the rubric's language.
    public var title: String {
        get { titleText.text }
        set { titleText = LocalizedText(newValue) }
    }

    /// A Markdown summary in the rubric's language, if any.
    public var summary: String? {
        get { summaryText?.text }
        set { summaryText = newValue.map(LocalizedText.init) }
    }

    /// Who to contact, in the rubric's language, if given.
    public var contact: String? {
        get { contactText?.text }
        set { contactText = newValue.map(LocalizedText.init) }
    }

    /// How to get access, in the rubric's language, if given.
    public var booking: String? { bookingText?.text }
    /// What it costs, in the rubric's language, if given.
    public var cost: String? { costText?.text }
    /// Who may use it, in the rubric's language, if given.
    public var eligibility: String? { eligibilityText?.text }
    /// How long access takes, in the rubric's language, if given.
    public var leadTime: String? { leadTimeText?.text }
}

/// The kinds of resource a catalogue names (`kind`).
public enum ResourceKind: String, Sendable, Equatable, CaseIterable {
    /// A facility: labs, imaging, GMP, a clinical unit, a biobank.
    case facility
    /// Training: courses, workshops.
    case training
    /// A mentor or mentor pool.
    case mentor
    /// A programme: incubation, acceleration.
    case programme
    /// A partner organisation.
    case partner
    /// Funding: grants, investors, loans.
    case funding
    /// A service: IP clinic, office hours, tech transfer.
    case service
}
