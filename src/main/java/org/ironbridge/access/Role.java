package org.ironbridge.access;

/** The roles of PRODUCT.md. Every active person is also Staff. */
public enum Role {
    STAFF("Staff", "Submit ideas, follow them, and support and comment on others'."),
    CHANGE_PRACTITIONER("Change Practitioner", "Triage ideas, shape them into proposals, and run impact and equality assessments."),
    PROJECT_MANAGER("Project Manager", "Run an initiative: its plan, milestones, RAID log and highlight reports."),
    SENIOR_RESPONSIBLE_OWNER("Senior Responsible Owner", "Be accountable for an initiative and the benefits it must realise."),
    PMO_ANALYST("PMO Analyst", "Keep the portfolio view, monthly reporting and benefits tracking, and run the boards' secretariat."),
    BOARD_MEMBER("Board Member", "Read board papers, take part in decisions and own actions."),
    BOARD_CHAIR("Board Chair", "Chair a board: its agenda, quorum, decisions and actions."),
    DATA_PROTECTION_OFFICER("Data Protection Officer", "Advise on and sign off DPIAs, the record of processing and compliance tests."),
    ETHICS_PANEL_MEMBER("Ethics Panel member", "Give advice on AI and advanced analytics proposals."),
    INFORMATION_ASSET_OWNER("Information Asset Owner", "Own entries in the information asset register."),
    AUDITOR("Auditor", "Read everything, change nothing, and verify the audit trail."),
    ADMINISTRATOR("Administrator", "Manage users, boards, reference data and configuration.");

    private final String label;
    private final String responsibility;

    Role(String label, String responsibility) {
        this.label = label;
        this.responsibility = responsibility;
    }

    public String label() {
        return label;
    }

    public String responsibility() {
        return responsibility;
    }
}
