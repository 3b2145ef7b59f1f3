package org.ironbridge.access;

/** What a person may do. Roles grant permissions in {@link AccessPolicy}; routes and records require them. */
public enum Permission {
    /** Any active, signed-in person: the home page, their own account. */
    USE_SERVICE,
    VIEW_USERS,
    CHANGE_USER_ACCESS,
    VIEW_AUDIT_TRAIL,
    EXPORT_AUDIT_TRAIL,
    /** Read the change portfolio and its initiatives. */
    VIEW_PORTFOLIO,
    /** Propose a new initiative. */
    PROPOSE_INITIATIVE,
    /** Open the edit pages of initiatives; which ones is decided per record by EDIT_INITIATIVE. */
    WORK_ON_INITIATIVES,
    /** Change any initiative's details; an initiative's own SRO and project manager may change it too. */
    EDIT_INITIATIVE,
    /** Read the boards, their members and the decision register. */
    VIEW_GOVERNANCE,
    /** Record a board's decision (the secretariat, or a chair). */
    RECORD_DECISION,
    /** Configure how the force governs change: boards, tier thresholds and lifecycle routes. */
    CONFIGURE_GOVERNANCE,
    /** Change an idea's own text: only its submitter, by relationship, while it is theirs to change. */
    EDIT_IDEA,
    /** Triage ideas: the queue, routing, answers, outcomes and internal notes. */
    MODERATE_IDEAS,
    /** Score ideas under assessment against the force's models. */
    ASSESS_IDEAS,
    /** Configure the portal: routing rules, decline reasons, flagged terms, scoring criteria. */
    CONFIGURE_IDEAS,
    /** Read the AI register: each AI or algorithmic system, its formal assessment, status and board decisions. */
    VIEW_AI_REGISTER,
    /** Record AI systems and their assurance: assessments, usage rules, information assets, DPIA and AIA drafts, compliance tests, referrals, validation and monitoring. */
    RECORD_AI_ASSURANCE,
    /** Read OFFICIAL-SENSITIVE assurance material (DPIAs, impact assessments, ethics referrals and advice); every read is logged with its justification. */
    READ_ASSURANCE_MATERIAL,
    /** Sign off a DPIA: the Data Protection Officer's alone. */
    SIGN_OFF_DPIA,
    /** Record the Ethics Panel's advice on a referral. */
    GIVE_ETHICS_ADVICE,
    /** Configure assurance: the compliance checklists and the Ethics Panel's advice outcomes. */
    CONFIGURE_ASSURANCE,
    /** Operational metrics (Prometheus); a scraper may instead present ironbridge.metrics.token. */
    VIEW_OPERATIONS
}
