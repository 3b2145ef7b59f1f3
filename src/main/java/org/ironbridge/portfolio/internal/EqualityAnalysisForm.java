package org.ironbridge.portfolio.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.portfolio.EqualityStatus;

/**
 * An equality analysis as typed into the form. The rules for saving a version (sign-off has more, see
 * {@link EqualityRules}):
 * <ul>
 * <li>every protected characteristic is rated; a new analysis starts with all of them unknown;</li>
 * <li>a rating other than unknown gives its evidence: what the rating rests on (data, engagement, research);</li>
 * <li>a negative rating says how the harm will be mitigated;</li>
 * <li>screening may leave the three aims of the duty blank; a full analysis answers all three;</li>
 * <li>once past screening an analysis stays in full analysis, and a change to a signed-off analysis is a
 * new version in full analysis that its SRO must sign off again.</li>
 * </ul>
 */
public class EqualityAnalysisForm {

    public static final int AIM_LIMIT = 4000;
    public static final int IMPACT_TEXT_LIMIT = 2000;

    /** The Public Sector Equality Duty's three aims: form field, the aim in words. */
    public static final Map<String, String> AIMS = aims();

    private String status;
    private String eliminateDiscrimination;
    private String advanceEquality;
    private String fosterGoodRelations;
    private Map<String, String> rating = new HashMap<>();
    private Map<String, String> evidence = new HashMap<>();
    private Map<String, String> mitigation = new HashMap<>();
    private String basedOn;

    record Content(EqualityStatus status, String eliminateDiscrimination, String advanceEquality,
                   String fosterGoodRelations, Set<EqualityAnalysis.Impact> impacts) {
    }

    /** The validated content of the next version after {@code latest} (null: the first), or null with errors. */
    Content validate(EqualityAnalysis latest, FormErrors errors) {
        EqualityStatus chosen = status(latest, errors);
        String discrimination = aim("eliminateDiscrimination", eliminateDiscrimination, chosen, errors);
        String equality = aim("advanceEquality", advanceEquality, chosen, errors);
        String relations = aim("fosterGoodRelations", fosterGoodRelations, chosen, errors);
        Set<EqualityAnalysis.Impact> impacts = new HashSet<>();
        for (ProtectedCharacteristic characteristic : ProtectedCharacteristic.values()) {
            EqualityAnalysis.Impact impact = impact(characteristic, errors);
            if (impact != null) {
                impacts.add(impact);
            }
        }
        if (errors.any()) {
            return null;
        }
        return new Content(chosen, discrimination, equality, relations, impacts);
    }

    /** Screening or full analysis while screening; full analysis from then on, whatever the form says. */
    private EqualityStatus status(EqualityAnalysis latest, FormErrors errors) {
        if (latest != null && latest.status() != EqualityStatus.SCREENING) {
            return EqualityStatus.FULL_ANALYSIS;
        }
        EqualityStatus chosen = FormText.choice(EqualityStatus.class, status);
        if (chosen == null || chosen == EqualityStatus.SIGNED_OFF) {
            errors.reject("status", "Select screening or full analysis");
            return null;
        }
        return chosen;
    }

    private static String aim(String field, String value, EqualityStatus chosen, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (FormText.tooLong(cleaned, AIM_LIMIT)) {
            errors.reject(field, "How the initiative has due regard to the aim to " + AIMS.get(field) + " must be "
                    + AIM_LIMIT + " characters or fewer");
        } else if (cleaned == null && chosen == EqualityStatus.FULL_ANALYSIS) {
            errors.reject(field, "Explain how the initiative has due regard to the aim to " + AIMS.get(field));
        }
        return cleaned;
    }

    private EqualityAnalysis.Impact impact(ProtectedCharacteristic characteristic, FormErrors errors) {
        String key = characteristic.name();
        String id = characteristic.slug();
        ImpactRating rated = FormText.choice(ImpactRating.class, rating.get(key));
        if (rated == null) {
            errors.reject(id + "-rating", "Select the impact on " + characteristic.inSentence()
                    + " (unknown if it is not yet known)");
        }
        String because = FormText.clean(evidence.get(key));
        if (FormText.tooLong(because, IMPACT_TEXT_LIMIT)) {
            errors.reject(id + "-evidence", "Evidence for the impact on " + characteristic.inSentence() + " must be "
                    + IMPACT_TEXT_LIMIT + " characters or fewer");
        } else if (because == null && rated != null && rated != ImpactRating.UNKNOWN) {
            errors.reject(id + "-evidence", "Give the evidence for the " + rated.label().toLowerCase(java.util.Locale.ROOT)
                    + " impact on " + characteristic.inSentence());
        }
        String mitigated = FormText.clean(mitigation.get(key));
        if (FormText.tooLong(mitigated, IMPACT_TEXT_LIMIT)) {
            errors.reject(id + "-mitigation", "Mitigation for " + characteristic.inSentence() + " must be "
                    + IMPACT_TEXT_LIMIT + " characters or fewer");
        } else if (mitigated == null && rated == ImpactRating.NEGATIVE) {
            errors.reject(id + "-mitigation", "Say how the negative impact on " + characteristic.inSentence()
                    + " will be mitigated");
        }
        return rated == null ? null : new EqualityAnalysis.Impact(characteristic, rated, because, mitigated);
    }

    /** A form opened at the latest version (null: a new analysis, every characteristic unknown). */
    public static EqualityAnalysisForm of(EqualityAnalysis latest) {
        EqualityAnalysisForm form = new EqualityAnalysisForm();
        if (latest == null) {
            form.status = EqualityStatus.SCREENING.name();
            for (ProtectedCharacteristic characteristic : ProtectedCharacteristic.values()) {
                form.rating.put(characteristic.name(), ImpactRating.UNKNOWN.name());
            }
            form.basedOn = "0";
            return form;
        }
        form.status = latest.status() == EqualityStatus.SCREENING ? EqualityStatus.SCREENING.name()
                : EqualityStatus.FULL_ANALYSIS.name();
        form.eliminateDiscrimination = latest.eliminateDiscrimination();
        form.advanceEquality = latest.advanceEquality();
        form.fosterGoodRelations = latest.fosterGoodRelations();
        for (EqualityAnalysis.Impact impact : latest.impactsInOrder()) {
            String key = impact.characteristic().name();
            form.rating.put(key, impact.rating().name());
            form.evidence.put(key, impact.evidence());
            form.mitigation.put(key, impact.mitigation());
        }
        form.basedOn = String.valueOf(latest.version());
        return form;
    }

    int basedOnVersion() {
        return VersionNumbers.parse(basedOn);
    }

    /** The text typed for one of the three aims, by its field name. */
    public String aimText(String field) {
        return switch (field) {
            case "eliminateDiscrimination" -> eliminateDiscrimination;
            case "advanceEquality" -> advanceEquality;
            case "fosterGoodRelations" -> fosterGoodRelations;
            default -> throw new IllegalArgumentException(field);
        };
    }

    private static Map<String, String> aims() {
        Map<String, String> aims = new java.util.LinkedHashMap<>();
        aims.put("eliminateDiscrimination", "eliminate discrimination, harassment and victimisation");
        aims.put("advanceEquality", "advance equality of opportunity");
        aims.put("fosterGoodRelations", "foster good relations");
        return java.util.Collections.unmodifiableMap(aims);
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getEliminateDiscrimination() { return eliminateDiscrimination; }
    public void setEliminateDiscrimination(String eliminateDiscrimination) { this.eliminateDiscrimination = eliminateDiscrimination; }
    public String getAdvanceEquality() { return advanceEquality; }
    public void setAdvanceEquality(String advanceEquality) { this.advanceEquality = advanceEquality; }
    public String getFosterGoodRelations() { return fosterGoodRelations; }
    public void setFosterGoodRelations(String fosterGoodRelations) { this.fosterGoodRelations = fosterGoodRelations; }
    public Map<String, String> getRating() { return rating; }
    public void setRating(Map<String, String> rating) { this.rating = rating == null ? new HashMap<>() : rating; }
    public Map<String, String> getEvidence() { return evidence; }
    public void setEvidence(Map<String, String> evidence) { this.evidence = evidence == null ? new HashMap<>() : evidence; }
    public Map<String, String> getMitigation() { return mitigation; }
    public void setMitigation(Map<String, String> mitigation) { this.mitigation = mitigation == null ? new HashMap<>() : mitigation; }
    public String getBasedOn() { return basedOn; }
    public void setBasedOn(String basedOn) { this.basedOn = basedOn; }
}
