package org.ironbridge.portfolio.internal;

import java.util.Set;
import java.util.UUID;

import org.ironbridge.govuk.FormErrors;

/** An assumption as typed into its form, and its validation. */
public class AssumptionForm extends ItemForm {

    static final int TEXT_LIMIT = 2000;

    private String statement;
    private String ownerId;
    private String validated = "no";
    private String validation;

    /** Validates against the force's active people; null when there are errors. */
    Assumption.Details validate(Set<UUID> people, FormErrors errors) {
        String cleanStatement = FormChecks.text(statement, "statement", "Enter what is assumed", "The assumption",
                TEXT_LIMIT, errors);
        UUID owner = FormChecks.oneOf(ownerId, people, "ownerId", "Select the owner of the assumption from the list",
                errors);
        boolean isValidated = "yes".equals(validated);
        if (!isValidated && !"no".equals(validated)) {
            errors.reject("validated", "Select whether the assumption has been validated");
        }
        String cleanValidation = isValidated
                ? FormChecks.text(validation, "validation", "Enter how the assumption was validated", "How it was validated",
                        TEXT_LIMIT, errors)
                : FormChecks.optional(validation, "validation", "How it will be validated", TEXT_LIMIT, errors);
        if (errors.any()) {
            return null;
        }
        return new Assumption.Details(cleanStatement, owner, isValidated, cleanValidation);
    }

    public static AssumptionForm of(Assumption assumption) {
        AssumptionForm form = new AssumptionForm();
        form.statement = assumption.statement();
        form.ownerId = assumption.ownerId().toString();
        form.validated = assumption.validated() ? "yes" : "no";
        form.validation = assumption.validation();
        form.setVersion(assumption.version());
        return form;
    }

    public String getStatement() { return statement; }
    public void setStatement(String statement) { this.statement = statement; }
    public String getOwnerId() { return ownerId; }
    public void setOwnerId(String ownerId) { this.ownerId = ownerId; }
    public String getValidated() { return validated; }
    public void setValidated(String validated) { this.validated = validated; }
    public String getValidation() { return validation; }
    public void setValidation(String validation) { this.validation = validation; }
}
