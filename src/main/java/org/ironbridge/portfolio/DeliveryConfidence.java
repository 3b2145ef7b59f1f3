package org.ironbridge.portfolio;

/**
 * The SRO's delivery confidence assessment. Green, Amber and Red are the IPA's current three-point
 * scale; Amber/Green and Amber/Red are kept from the five-point scale for history only.
 */
public enum DeliveryConfidence {
    GREEN("Green", "Successful delivery of the project on time, budget and quality appears highly likely and there "
            + "are no major outstanding issues that at this stage appear to threaten delivery significantly.", true),
    AMBER("Amber", "Successful delivery appears feasible but significant issues already exist, requiring management "
            + "attention. These appear resolvable at this stage and, if addressed promptly, should not present a cost "
            + "or schedule overrun.", true),
    RED("Red", "Successful delivery of the project appears to be unachievable. There are major issues with project "
            + "definition, schedule, budget, quality and/or benefits delivery, which at this stage do not appear to "
            + "be manageable or resolvable. The project may need re-scoping and/or its overall viability "
            + "reassessed.", true),
    AMBER_GREEN("Amber/Green (legacy)", "Successful delivery appears probable; however, constant attention will be "
            + "needed to ensure risks do not materialise into major issues threatening delivery.", false),
    AMBER_RED("Amber/Red (legacy)", "Successful delivery is in doubt, with major risks or issues apparent in a "
            + "number of key areas. Urgent action is needed to address these problems.", false);

    private final String label;
    private final String definition;
    private final boolean current;

    DeliveryConfidence(String label, String definition, boolean current) {
        this.label = label;
        this.definition = definition;
        this.current = current;
    }

    public String label() {
        return label;
    }

    public String definition() {
        return definition;
    }

    /** Whether a new assessment may use this value (legacy values are kept for history only). */
    public boolean current() {
        return current;
    }
}
