package org.ironbridge.assurance.internal;

/** The lawful bases a DPIA may rest on: DPA 2018 Part 3 for law enforcement purposes, UK GDPR Art 6 otherwise. */
public enum LawfulBasis {
    PART3_CONSENT(true, "DPA 2018 s35(2)(a): law enforcement purpose, with the consent of the data subject"),
    PART3_NECESSARY(true, "DPA 2018 s35(2)(b): law enforcement purpose, necessary for a task carried out by a competent authority"),
    ART6_CONSENT(false, "UK GDPR Art 6(1)(a): consent"),
    ART6_CONTRACT(false, "UK GDPR Art 6(1)(b): contract"),
    ART6_LEGAL_OBLIGATION(false, "UK GDPR Art 6(1)(c): legal obligation"),
    ART6_VITAL_INTERESTS(false, "UK GDPR Art 6(1)(d): vital interests"),
    ART6_PUBLIC_TASK(false, "UK GDPR Art 6(1)(e): public task"),
    ART6_LEGITIMATE_INTERESTS(false, "UK GDPR Art 6(1)(f): legitimate interests (not for the force's public tasks)");

    private final boolean lawEnforcement;
    private final String label;

    LawfulBasis(boolean lawEnforcement, String label) {
        this.lawEnforcement = lawEnforcement;
        this.label = label;
    }

    public boolean lawEnforcement() {
        return lawEnforcement;
    }

    public String label() {
        return label;
    }
}
