package org.ironbridge.ideas.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.internal.IdeaSearch;

/**
 * The filters of the ideas page as typed: search words, status, business area, sort, and the submission dates
 * as GOV.UK date inputs (day, month and year boxes). Anything unknown is ignored; a date that is not real, or a
 * "to" before "from", is an error and that date is not applied.
 */
public class IdeaBrowseForm {

    static final int QUERY_LIMIT = 200;

    private String q;
    private String status;
    private String area;
    private String sort;
    private String page;
    private String fromDay;
    private String fromMonth;
    private String fromYear;
    private String toDay;
    private String toMonth;
    private String toYear;

    IdeaSearch.Criteria criteria(FormErrors errors) {
        LocalDate from = FormText.optionalDate("from", "Submitted from", fromDay, fromMonth, fromYear, errors);
        LocalDate to = FormText.optionalDate("to", "Submitted to", toDay, toMonth, toYear, errors);
        if (from != null && to != null && to.isBefore(from)) {
            errors.reject("to", "Submitted to must be the same as or after submitted from");
            from = null;
            to = null;
        }
        int pageNumber = page != null && page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1;
        return new IdeaSearch.Criteria(text(), chosenStatus(), FormText.uuid(area), from, to,
                FormText.choice(IdeaSearch.Sort.class, sort), pageNumber);
    }

    String text() {
        String text = FormText.clean(q);
        return text != null && text.length() > QUERY_LIMIT ? text.substring(0, QUERY_LIMIT) : text;
    }

    IdeaStatus chosenStatus() {
        IdeaStatus chosen = FormText.choice(IdeaStatus.class, status);
        return chosen == null || !chosen.published() ? null : chosen;
    }


    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** The filters as a query string ending with "&", for pagination links. */
    String queryString() {
        StringBuilder query = new StringBuilder();
        append(query, "q", text());
        IdeaStatus chosen = chosenStatus();
        append(query, "status", chosen == null ? null : chosen.name());
        UUID chosenArea = FormText.uuid(area);
        append(query, "area", chosenArea == null ? null : chosenArea.toString());
        IdeaSearch.Sort chosenSort = FormText.choice(IdeaSearch.Sort.class, sort);
        append(query, "sort", chosenSort == null ? null : chosenSort.name());
        append(query, "fromDay", fromDay);
        append(query, "fromMonth", fromMonth);
        append(query, "fromYear", fromYear);
        append(query, "toDay", toDay);
        append(query, "toMonth", toMonth);
        append(query, "toYear", toYear);
        return query.toString();
    }

    private static void append(StringBuilder query, String name, String value) {
        if (given(value) && value.length() <= QUERY_LIMIT) {
            query.append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8)).append('&');
        }
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getPage() { return page; }
    public void setPage(String page) { this.page = page; }
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
}
