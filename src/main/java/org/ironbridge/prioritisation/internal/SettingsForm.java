package org.ironbridge.prioritisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/**
 * The administrator's form for the force's scoring: up to {@link #MAX_CRITERIA} criteria, each a name and a
 * whole-percentage weight (rows left empty are dropped), and the disagreement thresholds.
 */
public class SettingsForm {

    public static final int MAX_CRITERIA = 10;
    public static final int MAX_NAME = 80;

    /** What the form yields when it is right. */
    public record Values(List<ScoringSettings.Criterion> criteria, Thresholds thresholds) {
    }

    private String version;
    /** Keyed by the row's number from 0; keys beyond the form's rows are never read. */
    private Map<String, String> criterionName = new HashMap<>();
    private Map<String, String> criterionWeight = new HashMap<>();
    private String matrixPoints;
    private String icePoints;
    private String ricePercent;
    private String wsjfPercent;
    private String moscowSteps;

    public static SettingsForm of(ScoringSettings.Settings settings) {
        SettingsForm form = new SettingsForm();
        form.version = "" + settings.version();
        for (int i = 0; i < settings.criteria().size() && i < MAX_CRITERIA; i++) {
            form.criterionName.put("" + i, settings.criteria().get(i).name());
            form.criterionWeight.put("" + i, "" + settings.criteria().get(i).weight());
        }
        Thresholds t = settings.thresholds();
        form.matrixPoints = "" + t.matrixPoints();
        form.icePoints = "" + t.icePoints();
        form.ricePercent = "" + t.ricePercent();
        form.wsjfPercent = "" + t.wsjfPercent();
        form.moscowSteps = "" + t.moscowSteps();
        return form;
    }

    public Values validate(FormErrors errors) {
        List<ScoringSettings.Criterion> given = new ArrayList<>();
        for (int i = 0; i < MAX_CRITERIA; i++) {
            String name = FormText.clean(criterionName.get("" + i));
            String weightText = FormText.clean(criterionWeight.get("" + i));
            if (name == null && weightText == null) {
                continue;
            }
            Integer weight = Figures.whole(weightText);
            if (name == null) {
                errors.reject("criteria-" + i + "-name", "Enter the name of criterion " + (i + 1) + ", or clear its weight");
            } else if (FormText.tooLong(name, MAX_NAME)) {
                errors.reject("criteria-" + i + "-name", "The name of criterion " + (i + 1) + " must be 80 characters or fewer");
            }
            if (weightText == null) {
                errors.reject("criteria-" + i + "-weight", "Enter the weight of criterion " + (i + 1) + " as a whole percentage");
            } else if (weight == null || weight < 1 || weight > 100) {
                errors.reject("criteria-" + i + "-weight", "The weight of criterion " + (i + 1)
                        + " must be a whole percentage from 1 to 100");
            }
            if (!errors.has("criteria-" + i + "-name") && !errors.has("criteria-" + i + "-weight")) {
                given.add(new ScoringSettings.Criterion(name, weight));
            }
        }
        if (!errors.any()) {
            ScoringSettings.check(given, errors, "criteria-0-name");
        }
        Integer matrix = threshold("matrixPoints", matrixPoints, 1, 100, "The matrix threshold must be a whole number of percentage points from 1 to 100", errors);
        Integer ice = threshold("icePoints", icePoints, 1, 9, "The ICE threshold must be a whole number of points from 1 to 9", errors);
        Integer rice = threshold("ricePercent", ricePercent, 1, 1000, "The RICE threshold must be a whole percentage from 1 to 1,000", errors);
        Integer wsjf = threshold("wsjfPercent", wsjfPercent, 1, 1000, "The WSJF threshold must be a whole percentage from 1 to 1,000", errors);
        Integer moscow = threshold("moscowSteps", moscowSteps, 1, 3, "The MoSCoW threshold must be 1, 2 or 3 steps", errors);
        if (errors.any()) {
            return null;
        }
        return new Values(List.copyOf(given), new Thresholds(matrix, ice, rice, wsjf, moscow));
    }

    private static Integer threshold(String field, String text, int min, int max, String message, FormErrors errors) {
        Integer value = Figures.whole(FormText.clean(text));
        if (value == null || value < min || value > max) {
            errors.reject(field, message);
            return null;
        }
        return value;
    }

    public Integer versionNumber() {
        return Figures.whole(FormText.clean(version));
    }

    public String getVersion() { return version; }
    public void setVersion(String version) { this.version = version; }
    public Map<String, String> getCriterionName() { return criterionName; }
    public void setCriterionName(Map<String, String> criterionName) { this.criterionName = criterionName; }
    public Map<String, String> getCriterionWeight() { return criterionWeight; }
    public void setCriterionWeight(Map<String, String> criterionWeight) { this.criterionWeight = criterionWeight; }
    public String getMatrixPoints() { return matrixPoints; }
    public void setMatrixPoints(String matrixPoints) { this.matrixPoints = matrixPoints; }
    public String getIcePoints() { return icePoints; }
    public void setIcePoints(String icePoints) { this.icePoints = icePoints; }
    public String getRicePercent() { return ricePercent; }
    public void setRicePercent(String ricePercent) { this.ricePercent = ricePercent; }
    public String getWsjfPercent() { return wsjfPercent; }
    public void setWsjfPercent(String wsjfPercent) { this.wsjfPercent = wsjfPercent; }
    public String getMoscowSteps() { return moscowSteps; }
    public void setMoscowSteps(String moscowSteps) { this.moscowSteps = moscowSteps; }
}
