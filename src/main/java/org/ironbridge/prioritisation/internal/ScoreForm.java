package org.ironbridge.prioritisation.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/**
 * An assessor's scoring form. Each model is filled in completely or left empty; a half-filled model is refused
 * with the fields it still needs. Matrix ratings are keyed by the criterion's position, and the form carries the
 * version of the force's criteria it was drawn with.
 */
public class ScoreForm {

    public static final int MAX_RATIONALE = 2000;

    private String version;
    private String criteriaVersion;
    private String riceReach;
    private String riceImpact;
    private String riceConfidence;
    private String riceEffort;
    private String iceImpact;
    private String iceConfidence;
    private String iceEase;
    private String wsjfValue;
    private String wsjfTime;
    private String wsjfRisk;
    private String wsjfSize;
    private String moscow;
    private String rationale;
    private Map<String, String> ratings = new HashMap<>();

    public static ScoreForm of(Scoring scoring, int criteriaVersion) {
        ScoreForm form = new ScoreForm();
        form.criteriaVersion = "" + criteriaVersion;
        if (scoring == null) {
            return form;
        }
        form.version = "" + scoring.version();
        if (scoring.rice() != null) {
            form.riceReach = "" + scoring.rice().reach();
            form.riceImpact = scoring.rice().impact().stripTrailingZeros().toPlainString();
            form.riceConfidence = "" + scoring.rice().confidence();
            form.riceEffort = scoring.rice().effort().stripTrailingZeros().toPlainString();
        }
        if (scoring.ice() != null) {
            form.iceImpact = "" + scoring.ice().impact();
            form.iceConfidence = "" + scoring.ice().confidence();
            form.iceEase = "" + scoring.ice().ease();
        }
        if (scoring.wsjf() != null) {
            form.wsjfValue = "" + scoring.wsjf().businessValue();
            form.wsjfTime = "" + scoring.wsjf().timeCriticality();
            form.wsjfRisk = "" + scoring.wsjf().riskReduction();
            form.wsjfSize = "" + scoring.wsjf().jobSize();
        }
        form.moscow = scoring.moscow() == null ? null : scoring.moscow().name();
        form.rationale = scoring.rationale();
        return form;
    }

    /** Fills in the matrix ratings of a scoring made against the force's current criteria. */
    public ScoreForm withRatings(Scoring scoring, List<ScoringSettings.Criterion> criteria) {
        if (scoring != null && scoring.matrix() != null) {
            List<WeightedMatrix.Rating> given = scoring.matrix().ratings();
            for (int i = 0; i < criteria.size() && i < given.size(); i++) {
                if (given.get(i).criterion().equals(criteria.get(i).name())) {
                    ratings.put("" + i, "" + given.get(i).rating());
                }
            }
        }
        return this;
    }

    /** The models as typed, or null with the errors when anything is wrong. */
    public Scoring.Models validate(List<ScoringSettings.Criterion> criteria, FormErrors errors) {
        WeightedMatrix matrix = matrix(criteria, errors);
        Rice rice = rice(errors);
        Ice ice = ice(errors);
        Wsjf wsjf = wsjf(errors);
        String moscowChoice = FormText.clean(moscow);
        Moscow chosen = FormText.choice(Moscow.class, moscowChoice);
        if (moscowChoice != null && chosen == null) {
            errors.reject("moscow", "Choose Must have, Should have, Could have or Won't have this time");
        }
        String why = FormText.clean(rationale);
        if (FormText.tooLong(why, MAX_RATIONALE)) {
            errors.reject("rationale", "Why you scored it this way must be 2,000 characters or fewer");
        }
        if (!errors.any() && matrix == null && rice == null && ice == null && wsjf == null && chosen == null) {
            errors.reject(criteria.isEmpty() ? "riceReach" : "rating-0",
                    "Fill in at least one scoring model: the weighted matrix, RICE, ICE, WSJF or MoSCoW");
        }
        return errors.any() ? null : new Scoring.Models(rice, ice, wsjf, chosen, matrix, why);
    }

    private WeightedMatrix matrix(List<ScoringSettings.Criterion> criteria, FormErrors errors) {
        List<String> given = java.util.stream.IntStream.range(0, criteria.size())
                .mapToObj(i -> FormText.clean(ratings.get("" + i))).toList();
        if (given.stream().allMatch(java.util.Objects::isNull)) {
            return null;
        }
        List<WeightedMatrix.Rating> rated = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            Integer rating = Figures.whole(given.get(i));
            if (given.get(i) == null) {
                errors.reject("rating-" + i, "Rate " + criteria.get(i).name().toLowerCase(java.util.Locale.ROOT)
                        + " from 1 to 5, or leave every criterion of the matrix unrated");
            } else if (rating == null || rating < 1 || rating > 5) {
                errors.reject("rating-" + i, "Rate " + criteria.get(i).name().toLowerCase(java.util.Locale.ROOT)
                        + " from 1 to 5");
            } else {
                rated.add(new WeightedMatrix.Rating(criteria.get(i).name(), criteria.get(i).weight(), rating));
            }
        }
        return rated.size() == criteria.size() ? new WeightedMatrix(rated) : null;
    }

    private Rice rice(FormErrors errors) {
        if (empty(riceReach, riceImpact, riceConfidence, riceEffort)) {
            return null;
        }
        Integer reach = Figures.whole(FormText.clean(riceReach));
        BigDecimal impact = Figures.decimal(FormText.clean(riceImpact));
        Integer confidence = Figures.whole(FormText.clean(riceConfidence));
        BigDecimal effort = Figures.decimal(FormText.clean(riceEffort));
        String partial = "Complete every part of RICE, or leave them all empty";
        if (FormText.clean(riceReach) == null) {
            errors.reject("riceReach", partial + ": enter the reach");
        } else if (reach == null || reach < 0 || reach > Rice.MAX_REACH) {
            errors.reject("riceReach", "Reach must be a whole number from 0 to 10,000,000");
        }
        if (FormText.clean(riceImpact) == null) {
            errors.reject("riceImpact", partial + ": choose the impact");
        } else if (impact == null || Rice.IMPACTS.stream().noneMatch(i -> i.compareTo(impact) == 0)) {
            errors.reject("riceImpact", "Impact must be 0.25, 0.5, 1, 2 or 3");
        }
        if (FormText.clean(riceConfidence) == null) {
            errors.reject("riceConfidence", partial + ": choose the confidence");
        } else if (confidence == null || !Rice.CONFIDENCES.contains(confidence)) {
            errors.reject("riceConfidence", "Confidence must be 50%, 80% or 100%");
        }
        if (FormText.clean(riceEffort) == null) {
            errors.reject("riceEffort", partial + ": enter the effort");
        } else if (effort == null || effort.signum() <= 0 || effort.compareTo(Rice.MAX_EFFORT) > 0
                || effort.stripTrailingZeros().scale() > 1) {
            errors.reject("riceEffort", "Effort must be more than 0 and at most 1,000 person-months, to one decimal place");
        }
        if (errors.has("riceReach") || errors.has("riceImpact") || errors.has("riceConfidence") || errors.has("riceEffort")) {
            return null;
        }
        return new Rice(reach, impact, confidence, effort);
    }

    private Ice ice(FormErrors errors) {
        if (empty(iceImpact, iceConfidence, iceEase)) {
            return null;
        }
        Integer impact = icepart("iceImpact", "impact", iceImpact, errors);
        Integer confidence = icepart("iceConfidence", "confidence", iceConfidence, errors);
        Integer ease = icepart("iceEase", "ease", iceEase, errors);
        return impact == null || confidence == null || ease == null ? null : new Ice(impact, confidence, ease);
    }

    private static Integer icepart(String field, String name, String text, FormErrors errors) {
        String value = FormText.clean(text);
        Integer number = Figures.whole(value);
        if (value == null) {
            errors.reject(field, "Complete every part of ICE, or leave them all empty: enter the " + name);
            return null;
        }
        if (number == null || number < 1 || number > 10) {
            errors.reject(field, "ICE " + name + " must be a whole number from 1 to 10");
            return null;
        }
        return number;
    }

    private Wsjf wsjf(FormErrors errors) {
        if (empty(wsjfValue, wsjfTime, wsjfRisk, wsjfSize)) {
            return null;
        }
        Integer value = wsjfPart("wsjfValue", "business value", wsjfValue, errors);
        Integer time = wsjfPart("wsjfTime", "time criticality", wsjfTime, errors);
        Integer risk = wsjfPart("wsjfRisk", "risk reduction or opportunity enablement", wsjfRisk, errors);
        Integer size = wsjfPart("wsjfSize", "job size", wsjfSize, errors);
        return value == null || time == null || risk == null || size == null ? null : new Wsjf(value, time, risk, size);
    }

    private static Integer wsjfPart(String field, String name, String text, FormErrors errors) {
        String value = FormText.clean(text);
        Integer number = Figures.whole(value);
        if (value == null) {
            errors.reject(field, "Complete every part of WSJF, or leave them all empty: choose the " + name);
            return null;
        }
        if (number == null || !Wsjf.SCALE.contains(number)) {
            errors.reject(field, "Choose the " + name + " from 1, 2, 3, 5, 8, 13 or 20");
            return null;
        }
        return number;
    }

    private static boolean empty(String... values) {
        return Stream.of(values).allMatch(v -> FormText.clean(v) == null);
    }

    public Integer versionNumber() {
        return Figures.whole(FormText.clean(version));
    }

    public Integer criteriaVersionNumber() {
        return Figures.whole(FormText.clean(criteriaVersion));
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public String getCriteriaVersion() { return criteriaVersion; }
    public void setCriteriaVersion(String criteriaVersion) { this.criteriaVersion = criteriaVersion; }
    public String getRiceReach() { return riceReach; }
    public void setRiceReach(String riceReach) { this.riceReach = riceReach; }
    public String getRiceImpact() { return riceImpact; }
    public void setRiceImpact(String riceImpact) { this.riceImpact = riceImpact; }
    public String getRiceConfidence() { return riceConfidence; }
    public void setRiceConfidence(String riceConfidence) { this.riceConfidence = riceConfidence; }
    public String getRiceEffort() { return riceEffort; }
    public void setRiceEffort(String riceEffort) { this.riceEffort = riceEffort; }
    public String getIceImpact() { return iceImpact; }
    public void setIceImpact(String iceImpact) { this.iceImpact = iceImpact; }
    public String getIceConfidence() { return iceConfidence; }
    public void setIceConfidence(String iceConfidence) { this.iceConfidence = iceConfidence; }
    public String getIceEase() { return iceEase; }
    public void setIceEase(String iceEase) { this.iceEase = iceEase; }
    public String getWsjfValue() { return wsjfValue; }
    public void setWsjfValue(String wsjfValue) { this.wsjfValue = wsjfValue; }
    public String getWsjfTime() { return wsjfTime; }
    public void setWsjfTime(String wsjfTime) { this.wsjfTime = wsjfTime; }
    public String getWsjfRisk() { return wsjfRisk; }
    public void setWsjfRisk(String wsjfRisk) { this.wsjfRisk = wsjfRisk; }
    public String getWsjfSize() { return wsjfSize; }
    public void setWsjfSize(String wsjfSize) { this.wsjfSize = wsjfSize; }
    public String getMoscow() { return moscow; }
    public void setMoscow(String moscow) { this.moscow = moscow; }
    public String getRationale() { return rationale; }
    public void setRationale(String rationale) { this.rationale = rationale; }
    public Map<String, String> getRatings() { return ratings; }
    public void setRatings(Map<String, String> ratings) { this.ratings = ratings; }
}
