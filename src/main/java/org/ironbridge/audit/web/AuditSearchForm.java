package org.ironbridge.audit.web;

import java.time.LocalDate;

import org.ironbridge.audit.AuditQuery;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/** The auditor's filters as typed: dates arrive as separate day, month and year boxes. */
class AuditSearchForm {

    static final int PAGE_SIZE = 50;

    private String actor;
    private String record;
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;
    private Integer page;

    AuditQuery toQuery(FormErrors errors) {
        LocalDate from = FormText.optionalDate("from", "Date from", fromDay, fromMonth, fromYear, errors);
        LocalDate to = FormText.optionalDate("to", "Date to", toDay, toMonth, toYear, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject("to", "Date to must be the same as or after date from");
        }
        if (actor != null && actor.length() > 200) {
            errors.reject("actor", "Person must be 200 characters or fewer");
        }
        if (record != null && record.length() > 200) {
            errors.reject("record", "Record must be 200 characters or fewer");
        }
        if (errors.any()) {
            return new AuditQuery(null, null, null, null, 1, PAGE_SIZE);
        }
        return new AuditQuery(actor, record, from, to, page == null ? 1 : page, PAGE_SIZE);
    }


    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    /** The filters as a query string, for pagination links and the export. */
    String queryString() {
        StringBuilder query = new StringBuilder();
        append(query, "actor", actor);
        append(query, "record", record);
        append(query, "fromDay", fromDay);
        append(query, "fromMonth", fromMonth);
        append(query, "fromYear", fromYear);
        append(query, "toDay", toDay);
        append(query, "toMonth", toMonth);
        append(query, "toYear", toYear);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (notBlank(value)) {
            query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                    .append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getRecord() { return record; }
    public void setRecord(String record) { this.record = record; }
    public String getFromDay() { return fromDay; }
    public void setFromDay(String fromDay) { this.fromDay = fromDay; }
    public String getFromMonth() { return fromMonth; }
    public void setFromMonth(String fromMonth) { this.fromMonth = fromMonth; }
    public String getFromYear() { return fromYear; }
    public void setFromYear(String fromYear) { this.fromYear = fromYear; }
    public String getToDay() { return toDay; }
    public void setToDay(String toDay) { this.toDay = toDay; }
    public String getToMonth() { return toMonth; }
    public void setToMonth(String toMonth) { this.toMonth = toMonth; }
    public String getToYear() { return toYear; }
    public void setToYear(String toYear) { this.toYear = toYear; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
}
