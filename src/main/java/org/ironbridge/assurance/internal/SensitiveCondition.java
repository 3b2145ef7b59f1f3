package org.ironbridge.assurance.internal;

/**
 * The condition for sensitive processing, where there is any: DPA 2018 s35(4) or s35(5) with a Schedule 8
 * condition under Part 3; UK GDPR Art 9 or Art 10 (with a Schedule 1 condition) otherwise.
 */
public enum SensitiveCondition {
    S35_4_CONSENT(true, "DPA 2018 s35(4): consent, with an appropriate policy document"),
    SCH8_STATUTORY(true, "DPA 2018 s35(5), Sch 8 para 1: statutory purposes"),
    SCH8_JUSTICE(true, "DPA 2018 s35(5), Sch 8 para 2: administration of justice"),
    SCH8_VITAL_INTERESTS(true, "DPA 2018 s35(5), Sch 8 para 3: protecting individuals' vital interests"),
    SCH8_SAFEGUARDING(true, "DPA 2018 s35(5), Sch 8 para 4: safeguarding of children and of individuals at risk"),
    SCH8_PUBLIC_DOMAIN(true, "DPA 2018 s35(5), Sch 8 para 5: personal data already in the public domain"),
    SCH8_LEGAL_CLAIMS(true, "DPA 2018 s35(5), Sch 8 para 6: legal claims"),
    SCH8_JUDICIAL_ACTS(true, "DPA 2018 s35(5), Sch 8 para 7: judicial acts"),
    SCH8_FRAUD(true, "DPA 2018 s35(5), Sch 8 para 8: preventing fraud"),
    SCH8_ARCHIVING(true, "DPA 2018 s35(5), Sch 8 para 9: archiving"),
    ART9_EXPLICIT_CONSENT(false, "UK GDPR Art 9(2)(a): explicit consent"),
    ART9_EMPLOYMENT(false, "UK GDPR Art 9(2)(b) with DPA 2018 Sch 1 para 1: employment"),
    ART9_VITAL_INTERESTS(false, "UK GDPR Art 9(2)(c): vital interests"),
    ART9_LEGAL_CLAIMS(false, "UK GDPR Art 9(2)(f): legal claims"),
    ART9_PUBLIC_INTEREST(false, "UK GDPR Art 9(2)(g) with DPA 2018 Sch 1 Part 2: substantial public interest"),
    ART10_CRIMINAL_OFFENCE(false, "UK GDPR Art 10 with a DPA 2018 Sch 1 condition: criminal offence data");

    private final boolean lawEnforcement;
    private final String label;

    SensitiveCondition(boolean lawEnforcement, String label) {
        this.lawEnforcement = lawEnforcement;
        this.label = label;
    }

    public boolean lawEnforcement() {
        return lawEnforcement;
    }

    /** A Schedule 8 condition, which s35(5) allows only when the processing is strictly necessary. */
    public boolean schedule8() {
        return name().startsWith("SCH8_");
    }

    public String label() {
        return label;
    }
}
