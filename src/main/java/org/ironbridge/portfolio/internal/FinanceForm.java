package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;

import org.ironbridge.govuk.FormErrors;

/** The figures the initiative team keeps: requested, spent and forecast. The approved budget is not on the form. */
public class FinanceForm {

    private String requested;
    private String spent;
    private String forecastOutturn;
    private Integer version;

    InitiativeFinance.Figures validate(FormErrors errors) {
        BigDecimal request = Pounds.read(requested, "requested", "Budget requested", errors);
        BigDecimal spend = Pounds.read(spent, "spent", "Spent to date", errors);
        BigDecimal forecast = Pounds.read(forecastOutturn, "forecastOutturn", "Forecast outturn", errors);
        return errors.any() ? null : new InitiativeFinance.Figures(request, spend, forecast);
    }

    public static FinanceForm of(InitiativeFinance finance) {
        FinanceForm form = new FinanceForm();
        form.requested = Pounds.typed(finance.requested());
        form.spent = Pounds.typed(finance.spent());
        form.forecastOutturn = Pounds.typed(finance.forecastOutturn());
        form.version = finance.version();
        return form;
    }

    public String getRequested() { return requested; }
    public void setRequested(String requested) { this.requested = requested; }
    public String getSpent() { return spent; }
    public void setSpent(String spent) { this.spent = spent; }
    public String getForecastOutturn() { return forecastOutturn; }
    public void setForecastOutturn(String forecastOutturn) { this.forecastOutturn = forecastOutturn; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
