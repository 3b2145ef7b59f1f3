package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;

/**
 * Reads a typed draft into the content of a DPIA. A draft may be saved part-written, so every step is optional
 * here (a sign-off needs them all); what is given must be valid: text within its limits, choices from the lists,
 * a sensitive-processing condition that matches the lawful basis, and each risk's levels consistent.
 */
final class DpiaDraftCheck {

    static final int STEP_LIMIT = 10000;
    static final int RISK_LIMIT = 4000;

    private DpiaDraftCheck() {
    }

    static Dpia.Content read(DpiaForm form, DpiaScreening screening, FormErrors errors) {
        String need = FormText.optional(form.getNeed(), STEP_LIMIT, "need", "Step 1: the need for a DPIA", errors);
        String nature = FormText.optional(form.getNature(), STEP_LIMIT, "nature", "Nature of the processing", errors);
        String scope = FormText.optional(form.getScope(), STEP_LIMIT, "scope", "Scope of the processing", errors);
        String context = FormText.optional(form.getContext(), STEP_LIMIT, "context", "Context of the processing", errors);
        String purposes = FormText.optional(form.getPurposes(), STEP_LIMIT, "purposes", "Purposes of the processing", errors);
        String consultation = FormText.optional(form.getConsultation(), STEP_LIMIT, "consultation", "Step 3: consultation",
                errors);
        String necessity = FormText.optional(form.getNecessity(), STEP_LIMIT, "necessity",
                "Step 4: necessity and proportionality", errors);
        List<LawfulBasis> bases = choices(LawfulBasis.class, form.getLawfulBases(), "lawfulBases",
                "Select lawful bases from the list", errors);
        List<SensitiveCondition> conditions = choices(SensitiveCondition.class, form.getSensitiveConditions(),
                "sensitiveConditions", "Select conditions for sensitive processing from the list", errors);
        checkConditions(bases, conditions, screening, errors);
        List<DpiaRisk> risks = risks(form.risks(), errors);
        return new Dpia.Content(need, nature, scope, context, purposes, consultation, necessity, bases, conditions, risks);
    }

    private static void checkConditions(List<LawfulBasis> bases, List<SensitiveCondition> conditions,
                                        DpiaScreening screening, FormErrors errors) {
        if (errors.has("lawfulBases") || errors.has("sensitiveConditions")) {
            return;
        }
        if (conditions.stream().anyMatch(SensitiveCondition::lawEnforcement) && bases.stream().noneMatch(LawfulBasis::lawEnforcement)) {
            errors.reject("sensitiveConditions", "A DPA 2018 Part 3 condition needs a Part 3 lawful basis (s35)");
        } else if (conditions.stream().anyMatch(c -> !c.lawEnforcement()) && bases.stream().allMatch(LawfulBasis::lawEnforcement)) {
            errors.reject("sensitiveConditions", "A UK GDPR Art 9 or Art 10 condition needs a UK GDPR Art 6 lawful basis");
        } else if (conditions.stream().anyMatch(SensitiveCondition::schedule8) && !bases.contains(LawfulBasis.PART3_NECESSARY)) {
            errors.reject("sensitiveConditions", "A Schedule 8 condition needs processing that is strictly necessary for "
                    + "the law enforcement purpose: select DPA 2018 s35(2)(b) as a lawful basis");
        } else if (conditions.contains(SensitiveCondition.S35_4_CONSENT) && !bases.contains(LawfulBasis.PART3_CONSENT)) {
            errors.reject("sensitiveConditions", "DPA 2018 s35(4) needs consent as the lawful basis: select s35(2)(a)");
        } else if (conditions.isEmpty() && screening != null && !bases.isEmpty()
                && (screening.answeredYes(ScreeningQuestion.BIOMETRIC_GENETIC)
                || screening.answeredYes(ScreeningQuestion.LARGE_SCALE_SENSITIVE))) {
            errors.reject("sensitiveConditions", "The screening found sensitive processing (special category, criminal "
                    + "offence, biometric or genetic data): select its condition");
        }
    }

    private static List<DpiaRisk> risks(List<DpiaForm.RiskRow> rows, FormErrors errors) {
        List<DpiaRisk> risks = new ArrayList<>();
        if (rows.stream().filter(r -> !r.isRemove() && !r.blank()).count() > DpiaForm.MAX_RISKS) {
            errors.reject("risk-1-description", "A DPIA can hold up to " + DpiaForm.MAX_RISKS + " risks");
            return risks;
        }
        for (int i = 0; i < rows.size(); i++) {
            DpiaForm.RiskRow row = rows.get(i);
            if (row.isRemove() || row.blank()) {
                continue;
            }
            String at = "risk-" + (i + 1) + "-";
            String label = "Risk " + (i + 1);
            String description = FormText.required(row.getDescription(), RISK_LIMIT, at + "description",
                    "Describe risk " + (i + 1) + ", or clear the whole row", label + " description", errors);
            DpiaRisk.Likelihood likelihood = FormText.choice(DpiaRisk.Likelihood.class, row.getLikelihood());
            if (likelihood == null) {
                errors.reject(at + "likelihood", "Select the likelihood of harm for risk " + (i + 1));
            }
            DpiaRisk.Severity severity = FormText.choice(DpiaRisk.Severity.class, row.getSeverity());
            if (severity == null) {
                errors.reject(at + "severity", "Select the severity of harm for risk " + (i + 1));
            }
            String measure = FormText.optional(row.getMeasure(), RISK_LIMIT, at + "measure", label + " measure", errors);
            DpiaRisk.Effect effect = optionalChoice(DpiaRisk.Effect.class, row.getEffect(), at + "effect",
                    "Select the effect of the measure on risk " + (i + 1) + " from the list", errors);
            DpiaRisk.RiskLevel residual = optionalChoice(DpiaRisk.RiskLevel.class, row.getResidual(), at + "residual",
                    "Select the residual risk of risk " + (i + 1) + " from the list", errors);
            Boolean approved = approval(row.getApproved(), at + "approved", i + 1, errors);
            if (likelihood == null || severity == null || description == null) {
                continue;
            }
            DpiaRisk.RiskLevel overall = DpiaRisk.RiskLevel.of(likelihood, severity);
            checkResidual(overall, effect, residual, at + "residual", i + 1, errors);
            risks.add(new DpiaRisk(risks.size() + 1, description, likelihood, severity, overall, measure, effect, residual,
                    approved));
        }
        return risks;
    }

    /** A measure never raises a risk; eliminating it leaves it low; accepting it leaves it as it was. */
    private static void checkResidual(DpiaRisk.RiskLevel overall, DpiaRisk.Effect effect, DpiaRisk.RiskLevel residual,
                                      String field, int n, FormErrors errors) {
        if (residual == null || errors.has(field)) {
            return;
        }
        if (residual.compareTo(overall) > 0) {
            errors.reject(field, "The residual risk of risk " + n + " cannot be higher than its overall risk ("
                    + overall.label().toLowerCase(java.util.Locale.ROOT) + ")");
        } else if (effect == DpiaRisk.Effect.ELIMINATED && residual != DpiaRisk.RiskLevel.LOW) {
            errors.reject(field, "Risk " + n + " is eliminated, so its residual risk is low");
        } else if (effect == DpiaRisk.Effect.ACCEPTED && residual != overall) {
            errors.reject(field, "Risk " + n + " is accepted as it is, so its residual risk is its overall risk ("
                    + overall.label().toLowerCase(java.util.Locale.ROOT) + ")");
        }
    }

    private static Boolean approval(String value, String field, int n, FormErrors errors) {
        String cleaned = FormText.clean(value);
        if (cleaned == null) {
            return null;
        }
        if (!"yes".equals(cleaned) && !"no".equals(cleaned)) {
            errors.reject(field, "Select yes or no for whether the measure against risk " + n + " is approved");
            return null;
        }
        return "yes".equals(cleaned);
    }

    private static <E extends Enum<E>> E optionalChoice(Class<E> type, String value, String field, String message,
                                                       FormErrors errors) {
        if (FormText.clean(value) == null) {
            return null;
        }
        E chosen = FormText.choice(type, value);
        if (chosen == null) {
            errors.reject(field, message);
        }
        return chosen;
    }

    private static <E extends Enum<E>> List<E> choices(Class<E> type, List<String> values, String field, String message,
                                                      FormErrors errors) {
        Set<E> chosen = new LinkedHashSet<>();
        for (String value : values) {
            E one = FormText.choice(type, value);
            if (one == null) {
                errors.reject(field, message);
            } else {
                chosen.add(one);
            }
        }
        // Kept in the order of the list, whatever order they were sent in.
        return java.util.EnumSet.copyOf(chosen.isEmpty() ? java.util.EnumSet.noneOf(type) : chosen).stream().toList();
    }
}
