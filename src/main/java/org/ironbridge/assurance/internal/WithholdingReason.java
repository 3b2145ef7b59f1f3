package org.ironbridge.assurance.internal;

/**
 * Why a part of the panel's advice is withheld from the public page as OFFICIAL-SENSITIVE. The category is
 * published in place of the words; the words never are.
 */
public enum WithholdingReason {
    SECURITY("Security of systems, networks or premises"),
    LAW_ENFORCEMENT("Would prejudice the prevention or detection of crime"),
    PERSONAL_DATA("Personal information about an identifiable person"),
    COMMERCIAL("Commercial interests of the force or a supplier"),
    HEALTH_AND_SAFETY("Would endanger the health or safety of a person");

    private final String label;

    WithholdingReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
