package org.ironbridge.portfolio.internal;

import org.ironbridge.govuk.Pounds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/**
 * A business case as typed into the form. The options are numbered rows (1 to {@value #MAX_OPTIONS});
 * a row left wholly blank is not an option. {@code basedOn} is the version the form was opened at
 * (0 for the first), so a save over someone else's newer version is refused.
 */
public class BusinessCaseForm {

    public static final int MAX_OPTIONS = 5;
    public static final int CASE_LIMIT = 8000;
    static final int OPTION_TITLE_LIMIT = 200;
    static final int OPTION_DESCRIPTION_LIMIT = 2000;
    static final int FUNDING_DETAIL_LIMIT = 500;

    /** The five cases of the five case model: form field, name in messages. */
    public static final Map<String, String> CASES = orderedCases();

    private String strategicCase;
    private String economicCase;
    private String commercialCase;
    private String financialCase;
    private String managementCase;
    private Map<String, String> optionTitle = new HashMap<>();
    private Map<String, String> optionDescription = new HashMap<>();
    private Map<String, String> optionCost = new HashMap<>();
    private String preferredOption;
    private String capitalOneOff;
    private String capitalRecurring;
    private String revenueOneOff;
    private String revenueRecurring;
    private String years;
    private String fundingSource;
    private String fundingDetail;
    private String basedOn;

    /** What a valid form says; everything but the version number of a new business case. */
    record Content(String strategicCase, String economicCase, String commercialCase, String financialCase,
                   String managementCase, List<BusinessCase.Option> options, WholeLifeCost cost,
                   FundingSource fundingSource, String fundingDetail) {
    }

    /** The validated content, or null with every problem recorded in {@code errors}. */
    Content validate(FormErrors errors) {
        String strategic = text(strategicCase, "strategicCase", errors);
        if (strategic == null && !errors.has("strategicCase")) {
            errors.reject("strategicCase", "Enter the strategic case: why the change is needed and how it fits the "
                    + "force's plans");
        }
        String economic = text(economicCase, "economicCase", errors);
        String commercial = text(commercialCase, "commercialCase", errors);
        String financial = text(financialCase, "financialCase", errors);
        String management = text(managementCase, "managementCase", errors);
        List<BusinessCase.Option> options = options(errors);
        BigDecimal capitalOnce = Pounds.required(capitalOneOff, "capitalOneOff", "capital one-off cost", errors);
        BigDecimal capitalYearly = Pounds.required(capitalRecurring, "capitalRecurring", "capital recurring cost per year",
                errors);
        BigDecimal revenueOnce = Pounds.required(revenueOneOff, "revenueOneOff", "revenue one-off cost", errors);
        BigDecimal revenueYearly = Pounds.required(revenueRecurring, "revenueRecurring", "revenue recurring cost per year",
                errors);
        Integer span = years(errors);
        FundingSource source = FormText.choice(FundingSource.class, fundingSource);
        if (source == null) {
            errors.reject("fundingSource", "Select where the funding comes from");
        }
        String detail = FormText.clean(fundingDetail);
        if (FormText.tooLong(detail, FUNDING_DETAIL_LIMIT)) {
            errors.reject("fundingDetail", "Funding detail must be " + FUNDING_DETAIL_LIMIT + " characters or fewer");
        } else if (detail == null && source == FundingSource.OTHER) {
            errors.reject("fundingDetail", "Say where the funding comes from");
        }
        if (errors.any()) {
            return null;
        }
        return new Content(strategic, economic, commercial, financial, management, options,
                new WholeLifeCost(capitalOnce, capitalYearly, revenueOnce, revenueYearly, span), source, detail);
    }

    private static String text(String value, String field, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (FormText.tooLong(cleaned, CASE_LIMIT)) {
            errors.reject(field, CASES.get(field) + " must be " + CASE_LIMIT + " characters or fewer");
        }
        return cleaned;
    }

    private List<BusinessCase.Option> options(FormErrors errors) {
        List<BusinessCase.Option> options = new ArrayList<>();
        List<Integer> rows = new ArrayList<>();
        for (int row = 1; row <= MAX_OPTIONS; row++) {
            String key = String.valueOf(row);
            String title = FormText.clean(optionTitle.get(key));
            String description = FormText.clean(optionDescription.get(key));
            String cost = FormText.clean(optionCost.get(key));
            if (title == null && description == null && cost == null) {
                continue;
            }
            String prefix = "option-" + row;
            if (title == null) {
                errors.reject(prefix + "-title", "Enter a title for option " + row);
            } else if (FormText.tooLong(title, OPTION_TITLE_LIMIT)) {
                errors.reject(prefix + "-title", "Title of option " + row + " must be " + OPTION_TITLE_LIMIT
                        + " characters or fewer");
            }
            if (description == null) {
                errors.reject(prefix + "-description", "Describe option " + row);
            } else if (FormText.tooLong(description, OPTION_DESCRIPTION_LIMIT)) {
                errors.reject(prefix + "-description", "Description of option " + row + " must be "
                        + OPTION_DESCRIPTION_LIMIT + " characters or fewer");
            }
            BigDecimal wholeLife = Pounds.required(cost, prefix + "-cost", "whole-life cost of option " + row, errors);
            options.add(new BusinessCase.Option(title, description, wholeLife, String.valueOf(row).equals(preferredOption)));
            rows.add(row);
        }
        if (rows.size() < 2) {
            int firstBlank = java.util.stream.IntStream.rangeClosed(1, MAX_OPTIONS).filter(row -> !rows.contains(row))
                    .findFirst().orElse(1);
            errors.reject("option-" + firstBlank + "-title", "Describe at least two options, including doing nothing "
                    + "or the minimum");
        }
        String preferred = FormText.clean(preferredOption);
        if (preferred == null) {
            errors.reject("preferredOption", "Select the preferred option");
        } else if (rows.stream().map(String::valueOf).noneMatch(preferred::equals)) {
            errors.reject("preferredOption", "The preferred option must be one of the options you have described");
        }
        return options;
    }

    private Integer years(FormErrors errors) {
        String cleaned = FormText.clean(years);
        if (cleaned == null) {
            errors.reject("years", "Enter how many years the whole-life cost covers");
            return null;
        }
        try {
            int value = Integer.parseInt(cleaned);
            if (value >= 1 && value <= WholeLifeCost.MAX_YEARS) {
                return value;
            }
        } catch (NumberFormatException notAWholeNumber) {
            // reported below
        }
        errors.reject("years", "Years must be a whole number from 1 to " + WholeLifeCost.MAX_YEARS);
        return null;
    }

    /** The version the form was opened at (0: none yet), or -1 when the form does not say. */
    int basedOnVersion() {
        return VersionNumbers.parse(basedOn);
    }

    /** A form opened at a saved version, to be edited into the next one. */
    public static BusinessCaseForm of(BusinessCase saved) {
        BusinessCaseForm form = new BusinessCaseForm();
        form.basedOn = "0";
        if (saved == null) {
            form.years = "5";
            return form;
        }
        form.strategicCase = saved.strategicCase();
        form.economicCase = saved.economicCase();
        form.commercialCase = saved.commercialCase();
        form.financialCase = saved.financialCase();
        form.managementCase = saved.managementCase();
        for (int i = 0; i < saved.options().size(); i++) {
            BusinessCase.Option option = saved.options().get(i);
            String key = String.valueOf(i + 1);
            form.optionTitle.put(key, option.title());
            form.optionDescription.put(key, option.description());
            form.optionCost.put(key, option.wholeLifeCost().toPlainString());
            if (option.preferred()) {
                form.preferredOption = key;
            }
        }
        WholeLifeCost cost = saved.cost();
        form.capitalOneOff = cost.capitalOneOff().toPlainString();
        form.capitalRecurring = cost.capitalRecurring().toPlainString();
        form.revenueOneOff = cost.revenueOneOff().toPlainString();
        form.revenueRecurring = cost.revenueRecurring().toPlainString();
        form.years = String.valueOf(cost.years());
        form.fundingSource = saved.fundingSource().name();
        form.fundingDetail = saved.fundingDetail();
        form.basedOn = String.valueOf(saved.version());
        return form;
    }

    private static Map<String, String> orderedCases() {
        Map<String, String> cases = new java.util.LinkedHashMap<>();
        cases.put("strategicCase", "Strategic case");
        cases.put("economicCase", "Economic case");
        cases.put("commercialCase", "Commercial case");
        cases.put("financialCase", "Financial case");
        cases.put("managementCase", "Management case");
        return java.util.Collections.unmodifiableMap(cases);
    }

    /** The text typed for one of the five cases, by its field name. */
    public String caseText(String field) {
        return switch (field) {
            case "strategicCase" -> strategicCase;
            case "economicCase" -> economicCase;
            case "commercialCase" -> commercialCase;
            case "financialCase" -> financialCase;
            case "managementCase" -> managementCase;
            default -> throw new IllegalArgumentException(field);
        };
    }

    public String getStrategicCase() { return strategicCase; }
    public void setStrategicCase(String strategicCase) { this.strategicCase = strategicCase; }
    public String getEconomicCase() { return economicCase; }
    public void setEconomicCase(String economicCase) { this.economicCase = economicCase; }
    public String getCommercialCase() { return commercialCase; }
    public void setCommercialCase(String commercialCase) { this.commercialCase = commercialCase; }
    public String getFinancialCase() { return financialCase; }
    public void setFinancialCase(String financialCase) { this.financialCase = financialCase; }
    public String getManagementCase() { return managementCase; }
    public void setManagementCase(String managementCase) { this.managementCase = managementCase; }
    public Map<String, String> getOptionTitle() { return optionTitle; }
    public void setOptionTitle(Map<String, String> optionTitle) { this.optionTitle = optionTitle == null ? new HashMap<>() : optionTitle; }
    public Map<String, String> getOptionDescription() { return optionDescription; }
    public void setOptionDescription(Map<String, String> optionDescription) { this.optionDescription = optionDescription == null ? new HashMap<>() : optionDescription; }
    public Map<String, String> getOptionCost() { return optionCost; }
    public void setOptionCost(Map<String, String> optionCost) { this.optionCost = optionCost == null ? new HashMap<>() : optionCost; }
    public String getPreferredOption() { return preferredOption; }
    public void setPreferredOption(String preferredOption) { this.preferredOption = preferredOption; }
    public String getCapitalOneOff() { return capitalOneOff; }
    public void setCapitalOneOff(String capitalOneOff) { this.capitalOneOff = capitalOneOff; }
    public String getCapitalRecurring() { return capitalRecurring; }
    public void setCapitalRecurring(String capitalRecurring) { this.capitalRecurring = capitalRecurring; }
    public String getRevenueOneOff() { return revenueOneOff; }
    public void setRevenueOneOff(String revenueOneOff) { this.revenueOneOff = revenueOneOff; }
    public String getRevenueRecurring() { return revenueRecurring; }
    public void setRevenueRecurring(String revenueRecurring) { this.revenueRecurring = revenueRecurring; }
    public String getYears() { return years; }
    public void setYears(String years) { this.years = years; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
    public String getFundingDetail() { return fundingDetail; }
    public void setFundingDetail(String fundingDetail) { this.fundingDetail = fundingDetail; }
    public String getBasedOn() { return basedOn; }
    public void setBasedOn(String basedOn) { this.basedOn = basedOn; }
}
