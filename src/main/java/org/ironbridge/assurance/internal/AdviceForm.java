package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Ethics Panel's advice as typed: outcome, summary and its publication marking, the meeting date, and the
 * recommendations, each with its own marking. Recommendation rows are named by number in the request
 * ({@code recommendation-0-text}…), so a forged or missing row never shifts another's marking onto it.
 */
public class AdviceForm {

    public static final int MOST_RECOMMENDATIONS = 20;
    static final String PUBLISH = "PUBLISH";
    static final String WITHHOLD = "WITHHOLD";

    /** One recommendation as typed. */
    public static class Row {
        private String text;
        private String marking;
        private String reason;

        public Row() {
        }

        public Row(String text, String marking, String reason) {
            this.text = text;
            this.marking = marking;
            this.reason = reason;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getMarking() {
            return marking;
        }

        public void setMarking(String marking) {
            this.marking = marking;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    private String referral;
    private String version;
    private String outcome;
    private String summary;
    private String summaryMarking;
    private String summaryReason;
    private String metOnDay;
    private String metOnMonth;
    private String metOnYear;
    private List<Row> recommendations = new ArrayList<>();

    /** Reads the form from the request's parameters; rows past the last one typed or shown are not kept. */
    public static AdviceForm from(Map<String, String> params) {
        AdviceForm form = new AdviceForm();
        form.referral = params.get("referral");
        form.version = params.get("version");
        form.outcome = params.get("outcome");
        form.summary = params.get("summary");
        form.summaryMarking = params.get("summaryMarking");
        form.summaryReason = params.get("summaryReason");
        form.metOnDay = params.get("metOnDay");
        form.metOnMonth = params.get("metOnMonth");
        form.metOnYear = params.get("metOnYear");
        int rows = 0;
        for (int i = 0; i < MOST_RECOMMENDATIONS; i++) {
            if (params.containsKey("recommendation-" + i + "-text") || params.containsKey("recommendation-" + i + "-marking")) {
                rows = i + 1;
            }
        }
        for (int i = 0; i < rows; i++) {
            form.recommendations.add(new Row(params.get("recommendation-" + i + "-text"),
                    params.get("recommendation-" + i + "-marking"), params.get("recommendation-" + i + "-reason")));
        }
        return form;
    }

    /** One more empty row for another recommendation, up to the most the form takes. */
    public boolean addRow() {
        if (recommendations.size() >= MOST_RECOMMENDATIONS) {
            return false;
        }
        recommendations.add(new Row());
        return true;
    }

    public String getReferral() {
        return referral;
    }

    public void setReferral(String referral) {
        this.referral = referral;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getSummaryMarking() {
        return summaryMarking;
    }

    public void setSummaryMarking(String summaryMarking) {
        this.summaryMarking = summaryMarking;
    }

    public String getSummaryReason() {
        return summaryReason;
    }

    public void setSummaryReason(String summaryReason) {
        this.summaryReason = summaryReason;
    }

    public String getMetOnDay() {
        return metOnDay;
    }

    public void setMetOnDay(String metOnDay) {
        this.metOnDay = metOnDay;
    }

    public String getMetOnMonth() {
        return metOnMonth;
    }

    public void setMetOnMonth(String metOnMonth) {
        this.metOnMonth = metOnMonth;
    }

    public String getMetOnYear() {
        return metOnYear;
    }

    public void setMetOnYear(String metOnYear) {
        this.metOnYear = metOnYear;
    }

    public List<Row> getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(List<Row> recommendations) {
        this.recommendations = recommendations;
    }
}
