package org.ironbridge.assurance.internal;

import java.util.Arrays;
import java.util.List;

/**
 * What each system is assessed on: the five criteria the force named for its formal assessment, and the
 * four principles every AI design is assessed on for ethics and privacy by design.
 */
public enum AssessmentCriterion {
    SECURITY(Group.FORMAL, "Security", "Threats to the force's data and networks, supplier security, accreditation."),
    CREDIBILITY(Group.FORMAL, "Credibility", "The supplier's standing, references from other forces, evidence behind its claims."),
    RELIABILITY(Group.FORMAL, "Reliability", "Whether it performs consistently, its availability and how it fails."),
    USABILITY(Group.FORMAL, "Usability", "Whether officers, staff and the public can use it well, including accessibility."),
    BUSINESS_BENEFIT(Group.FORMAL, "Business benefit", "The measurable benefit against its cost and the problem it addresses."),
    DATA_MINIMISATION(Group.DESIGN, "Data minimisation", "It uses only the personal data it needs, no more."),
    PURPOSE_LIMITATION(Group.DESIGN, "Purpose limitation", "Data is used only for the purpose it was collected for."),
    EXPLAINABILITY(Group.DESIGN, "Explainability", "Its outputs can be explained to the people they affect and to the courts."),
    AUDITABILITY(Group.DESIGN, "Auditability", "What it did, with what data and why, can be reconstructed afterwards.");

    public enum Group {
        FORMAL("Formal assessment"), DESIGN("Ethics and privacy by design");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Group group;
    private final String label;
    private final String prompt;

    AssessmentCriterion(Group group, String label, String prompt) {
        this.group = group;
        this.label = label;
        this.prompt = prompt;
    }

    public Group group() {
        return group;
    }

    public String label() {
        return label;
    }

    public String prompt() {
        return prompt;
    }

    public static List<AssessmentCriterion> of(Group group) {
        return Arrays.stream(values()).filter(c -> c.group == group).toList();
    }
}
