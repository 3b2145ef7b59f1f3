package org.ironbridge.assurance.internal;

import java.util.EnumMap;
import java.util.Map;

/** A screening as it is typed: each question answered "yes" or "no", the conclusion and its reason. */
public class ScreeningForm {

    private final Map<ScreeningQuestion, String> answers = new EnumMap<>(ScreeningQuestion.class);
    private String lawEnforcement;
    private String conclusion;
    private String reason;

    public static ScreeningForm of(DpiaScreening screening) {
        ScreeningForm form = new ScreeningForm();
        if (screening != null) {
            form.lawEnforcement = yesNo(screening.lawEnforcement());
            for (ScreeningQuestion question : ScreeningQuestion.values()) {
                form.answers.put(question, yesNo(screening.answeredYes(question)));
            }
            form.conclusion = screening.fullDpiaRequired() ? "REQUIRED" : "NOT_REQUIRED";
            form.reason = screening.reason();
        }
        return form;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    public String answer(ScreeningQuestion question) {
        return answers.get(question);
    }

    public void answer(ScreeningQuestion question, String value) {
        answers.put(question, value);
    }

    public String getLawEnforcement() { return lawEnforcement; }
    public void setLawEnforcement(String lawEnforcement) { this.lawEnforcement = lawEnforcement; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }

    // One property per question, so that the form binds like any other.
    public String getNewTechnology() { return answer(ScreeningQuestion.NEW_TECHNOLOGY); }
    public void setNewTechnology(String v) { answer(ScreeningQuestion.NEW_TECHNOLOGY, v); }
    public String getSystematicMonitoring() { return answer(ScreeningQuestion.SYSTEMATIC_MONITORING); }
    public void setSystematicMonitoring(String v) { answer(ScreeningQuestion.SYSTEMATIC_MONITORING, v); }
    public String getLargeScaleSensitive() { return answer(ScreeningQuestion.LARGE_SCALE_SENSITIVE); }
    public void setLargeScaleSensitive(String v) { answer(ScreeningQuestion.LARGE_SCALE_SENSITIVE, v); }
    public String getSignificantDecisions() { return answer(ScreeningQuestion.SIGNIFICANT_DECISIONS); }
    public void setSignificantDecisions(String v) { answer(ScreeningQuestion.SIGNIFICANT_DECISIONS, v); }
    public String getVulnerablePeople() { return answer(ScreeningQuestion.VULNERABLE_PEOPLE); }
    public void setVulnerablePeople(String v) { answer(ScreeningQuestion.VULNERABLE_PEOPLE, v); }
    public String getDataMatching() { return answer(ScreeningQuestion.DATA_MATCHING); }
    public void setDataMatching(String v) { answer(ScreeningQuestion.DATA_MATCHING, v); }
    public String getInvisibleProcessing() { return answer(ScreeningQuestion.INVISIBLE_PROCESSING); }
    public void setInvisibleProcessing(String v) { answer(ScreeningQuestion.INVISIBLE_PROCESSING, v); }
    public String getBiometricGenetic() { return answer(ScreeningQuestion.BIOMETRIC_GENETIC); }
    public void setBiometricGenetic(String v) { answer(ScreeningQuestion.BIOMETRIC_GENETIC, v); }
    public String getTracking() { return answer(ScreeningQuestion.TRACKING); }
    public void setTracking(String v) { answer(ScreeningQuestion.TRACKING, v); }
    public String getHarmOrDenial() { return answer(ScreeningQuestion.HARM_OR_DENIAL); }
    public void setHarmOrDenial(String v) { answer(ScreeningQuestion.HARM_OR_DENIAL, v); }
}
