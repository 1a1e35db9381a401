/// The words for the park's resources in overviews: demand against capacity, the kinds of
/// resource, and the catalogue details handbooks list.
public enum ResourceWord: String, WordKey {
    /// The group's name in a table.
    public static let group = "resource"

    case demandIntro, kind, neededBy, fromSteps, declared, capacity, status, noLimit
    case overAsked, unused, fits, overAskedList, unusedList
    case facility, training, mentor, programme, partner, funding, service
    case booking, cost, eligibility, leadTime, sectors, capacityValueOne, capacityValueMany
}

extension ResourceWord {
    /// The English texts.
    static let english = table([
        .demandIntro: "How many startups need each resource — because it is among their first {1} next steps, or "
            + "because they named it among the facilities their next milestones need — against how many it can serve per round.",
        .kind: "Kind",
        .neededBy: "Startups",
        .fromSteps: "From next steps",
        .declared: "Named by startups",
        .capacity: "Capacity",
        .status: "Status",
        .noLimit: "–",
        .overAsked: "over capacity",
        .unused: "unused",
        .fits: "fits",
        .overAskedList: "Over capacity: {1}.",
        .unusedList: "Not needed by anyone this round: {1}.",
        .facility: "facility",
        .training: "training",
        .mentor: "mentor",
        .programme: "programme",
        .partner: "partner",
        .funding: "funding",
        .service: "service",
        .booking: "Booking",
        .cost: "Cost",
        .eligibility: "Eligibility",
        .leadTime: "Lead time",
        .sectors: "Sectors",
        .capacityValueOne: "{1} startup per round",
        .capacityValueMany: "{1} startups per round",
    ])
}

extension ResourceWord {
    /// The Dutch texts.
    static let dutch = table([
        .demandIntro:
            "Hoeveel startups elke hulpbron nodig hebben — omdat die bij hun eerste {1} volgende stappen hoort, of "
            + "omdat ze die noemden bij de faciliteiten voor hun volgende mijlpalen — tegenover hoeveel startups hij per ronde kan helpen.",
        .kind: "Soort",
        .neededBy: "Startups",
        .fromSteps: "Uit volgende stappen",
        .declared: "Genoemd door startups",
        .capacity: "Capaciteit",
        .status: "Status",
        .noLimit: "–",
        .overAsked: "boven capaciteit",
        .unused: "niet gebruikt",
        .fits: "past",
        .overAskedList: "Boven capaciteit: {1}.",
        .unusedList: "Deze ronde door niemand nodig: {1}.",
        .facility: "faciliteit",
        .training: "training",
        .mentor: "mentor",
        .programme: "programma",
        .partner: "partner",
        .funding: "financiering",
        .service: "dienst",
        .booking: "Reserveren",
        .cost: "Kosten",
        .eligibility: "Voor wie",
        .leadTime: "Doorlooptijd",
        .sectors: "Sectoren",
        .capacityValueOne: "{1} startup per ronde",
        .capacityValueMany: "{1} startups per ronde",
    ])
}

extension Strings {
    /// A resource kind as people read it.
    public func kind(_ kind: ResourceKind) -> String {
        switch kind {
        case .facility: self[ResourceWord.facility]
        case .training: self[ResourceWord.training]
        case .mentor: self[ResourceWord.mentor]
        case .programme: self[ResourceWord.programme]
        case .partner: self[ResourceWord.partner]
        case .funding: self[ResourceWord.funding]
        case .service: self[ResourceWord.service]
        }
    }

    /// Whether demand fits a resource's capacity, as people read it.
    public func status(_ status: ResourceNeed.Status) -> String {
        switch status {
        case .overAsked: self[ResourceWord.overAsked]
        case .unused: self[ResourceWord.unused]
        case .fits: self[ResourceWord.fits]
        }
    }
}
