package org.ironbridge.ideas;

/** Where an idea stands, with what happens next as its submitter is told it. */
public enum IdeaStatus {
    DRAFT("Draft", "Finish it and submit it when you are ready. Nobody else can see it."),
    SUBMITTED("Submitted", "A Change Practitioner will look at it within 10 working days."),
    IN_TRIAGE("In triage", "A Change Practitioner is deciding who should assess it."),
    NEEDS_MORE_INFORMATION("Needs more information", "Answer the Change Practitioner's question, then submit it again."),
    UNDER_ASSESSMENT("Under assessment", "Assessors are scoring it against the force's criteria."),
    SHORTLISTED("Shortlisted", "It is on the shortlist for a decision."),
    APPROVED("Approved", "It has become a proposed initiative in the change portfolio."),
    DECLINED("Declined", "Nothing more: the reason is given on the idea."),
    DUPLICATE("Duplicate", "It has been merged with an earlier idea, which its supporters now follow."),
    ALREADY_BEING_DONE("Already being done", "Nothing more: an initiative already covers it."),
    IMPLEMENTED_LOCALLY("Implemented locally", "Nothing more: it has been put into practice locally.");

    private final String label;
    private final String nextStep;

    IdeaStatus(String label, String nextStep) {
        this.label = label;
        this.nextStep = nextStep;
    }

    public String label() {
        return label;
    }

    public String nextStep() {
        return nextStep;
    }

    /** Whether colleagues can see it: everything but a draft. */
    public boolean published() {
        return this != DRAFT;
    }

    /** Whether its submitter may still change it. */
    public boolean editable() {
        return this == DRAFT || this == NEEDS_MORE_INFORMATION;
    }
}
