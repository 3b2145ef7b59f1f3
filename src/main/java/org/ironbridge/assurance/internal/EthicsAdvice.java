package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Ethics Panel's advice on a referral. The panel may keep a draft, which only the panel sees; once given,
 * the advice is fixed and the force answers each recommendation. Each part is marked for publication, or
 * withheld as OFFICIAL-SENSITIVE with the category of reason the public page shows in its place.
 */
@Component
public class EthicsAdvice {

    public static final String RECORD_TYPE = "Ethics advice";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    public record AdvicePage(AiSystem system, EthicsRecords.Referral referral, EthicsRecords.Advice advice,
                             AdviceForm form) {
    }

    /** One part checked: its text, and whether it is published (null when not yet marked) and why not. */
    private record Part(String text, Boolean published, WithholdingReason withheld) {
    }

    private final JdbcClient jdbc;
    private final AiSystems systems;
    private final AssuranceMaterial material;
    private final EthicsRecords records;
    private final EthicsOutcomes outcomes;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    EthicsAdvice(JdbcClient jdbc, AiSystems systems, AssuranceMaterial material, EthicsRecords records,
                 EthicsOutcomes outcomes, AccessPolicy policy, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.systems = systems;
        this.material = material;
        this.records = records;
        this.outcomes = outcomes;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The advice form for a referral (when none is named, the latest still awaiting advice, else the latest);
     * empty when the system has never been referred. Reading it is logged as a consultation.
     */
    @Transactional
    public Optional<AdvicePage> open(Subject subject, UUID systemId, UUID referralId, String justification) {
        AiSystem system = panelOpens(subject, systemId);
        Optional<EthicsRecords.Referral> referral = referralId != null ? Optional.of(ofSystem(system, referralId))
                : records.ofSystem(systemId).stream().filter(r -> records.givenAdvice(r.id()).isEmpty()).findFirst()
                .or(() -> records.latest(systemId));
        if (referral.isEmpty()) {
            return Optional.empty();
        }
        material.consult(subject, system, RECORD_TYPE, referral.get().id(), "the Ethics Panel advice on "
                + referral.get().reference(), justification);
        EthicsRecords.Advice advice = records.advice(referral.get().id()).orElse(null);
        return Optional.of(new AdvicePage(system, referral.get(), advice, formOf(referral.get(), advice)));
    }

    /** The page again after a refused save: the same referral, the person's own input. */
    @Transactional(readOnly = true)
    public AdvicePage again(Subject subject, UUID systemId, AdviceForm form) {
        AiSystem system = panelOpens(subject, systemId);
        EthicsRecords.Referral referral = ofSystem(system, FormText.uuid(form.getReferral()));
        return new AdvicePage(system, referral, records.advice(referral.id()).orElse(null), form);
    }

    /** Saves a draft, or gives the advice when {@code give}; nothing is saved when anything is wrong. */
    @Transactional
    public FormErrors save(Subject subject, UUID systemId, AdviceForm form, boolean give) {
        AiSystem system = panelOpens(subject, systemId);
        EthicsRecords.Referral referral = ofSystem(system, FormText.uuid(form.getReferral()));
        EthicsRecords.Advice existing = records.advice(referral.id()).orElse(null);
        FormErrors errors = new FormErrors();
        if (existing != null && existing.given()) {
            return errors.reject("outcome", "The panel gave its advice on " + referral.reference() + " on "
                    + existing.metOn().format(DAY) + ". Advice once given cannot be changed: the force may refer the "
                    + "system again");
        }
        EthicsOutcomes.EthicsOutcome outcome = null;
        if (FormText.clean(form.getOutcome()) != null || give) {
            UUID chosen = FormText.uuid(form.getOutcome());
            outcome = outcomes.offered(subject.forceId()).stream().filter(o -> o.id().equals(chosen)).findFirst().orElse(null);
            if (outcome == null) {
                errors.reject("outcome", "Select the panel's outcome from the list");
            }
        }
        Part summary = part(form.getSummary(), form.getSummaryMarking(), form.getSummaryReason(), "summary",
                "summaryMarking", "summaryReason", "the summary of the advice", give, errors);
        if (give && summary.text() == null && !errors.has("summary")) {
            errors.reject("summary", "Enter the panel's advice");
        }
        LocalDate metOn = FormText.optionalDate("metOn", "Date the panel met", form.getMetOnDay(), form.getMetOnMonth(),
                form.getMetOnYear(), errors);
        if (give && metOn == null && !errors.has("metOn")) {
            errors.reject("metOn", "Enter the date the panel met and gave this advice");
        } else if (give && metOn != null && metOn.isAfter(LocalDate.now(clock.withZone(AiSystems.LONDON)))) {
            errors.reject("metOn", "Date the panel met must be today or in the past");
        } else if (metOn != null && metOn.isBefore(LocalDate.ofInstant(referral.referredAt(), AiSystems.LONDON))) {
            errors.reject("metOn", "Date the panel met must be on or after the date of the referral, "
                    + LocalDate.ofInstant(referral.referredAt(), AiSystems.LONDON).format(DAY));
        }
        List<Part> recommendations = new ArrayList<>();
        for (int i = 0; i < form.getRecommendations().size(); i++) {
            AdviceForm.Row row = form.getRecommendations().get(i);
            String prefix = "recommendation-" + i;
            Part part = part(row.getText(), row.getMarking(), row.getReason(), prefix + "-text", prefix + "-marking",
                    prefix + "-reason", "recommendation " + (i + 1), give, errors);
            if (part.text() != null) {
                recommendations.add(part);
            }
        }
        if (give && outcome != null && outcome.meaning() == OutcomeMeaning.SUPPORTED_WITH_RECOMMENDATIONS
                && recommendations.isEmpty()) {
            errors.reject("recommendation-0-text", "Enter at least one recommendation: the outcome is " + outcome.label());
        }
        if (errors.any()) {
            return errors;
        }
        Integer version = FormText.clean(form.getVersion()) == null ? null : parse(form.getVersion());
        List<FieldChange> changes = changes(existing, outcome, summary, metOn, recommendations);
        if (existing == null ? version != null : !Objects.equals(version, existing.version())) {
            throw audit.conflictOn(RECORD_TYPE, referral.id().toString(), changes,
                    existing == null ? clock.instant() : existing.updatedAt());
        }
        write(subject, referral, existing, outcome, summary, metOn, give);
        jdbc.sql("delete from ethics_recommendation where referral_id = ?").param(referral.id()).update();
        for (int i = 0; i < recommendations.size(); i++) {
            Part part = recommendations.get(i);
            jdbc.sql("""
                    insert into ethics_recommendation (id, referral_id, position, text, published, withheld, version)
                    values (?, ?, ?, ?, ?, ?, 0)
                    """).params(UUID.randomUUID(), referral.id(), i, part.text(), part.published(),
                    part.withheld() == null ? null : part.withheld().name()).update();
        }
        String what = give ? "The Ethics Panel gave its advice on " + referral.reference() + ": " + outcome.label()
                : "Saved the Ethics Panel's draft advice on " + referral.reference();
        audit.record(AuditEntry.of(RECORD_TYPE, referral.id(), existing == null ? Operation.COLLECTION : Operation.ALTERATION,
                what + " (AI system " + system.reference() + " " + system.name() + ")").withChanges(changes)
                .inForce(subject.forceCode()));
        return errors;
    }

    private void write(Subject subject, EthicsRecords.Referral referral, EthicsRecords.Advice existing,
                       EthicsOutcomes.EthicsOutcome outcome, Part summary, LocalDate metOn, boolean give) {
        Instant now = clock.instant();
        Object[] values = {outcome == null ? null : outcome.id(), summary.text(), metOn == null ? null : Date.valueOf(metOn),
                summary.published(), summary.withheld() == null ? null : summary.withheld().name(), give,
                give ? subject.username() : null, give ? Timestamp.from(now) : null, subject.username(), Timestamp.from(now)};
        int updated;
        if (existing == null) {
            updated = jdbc.sql("""
                    insert into ethics_advice (outcome_id, summary, met_on, summary_published, summary_withheld, given,
                        given_by, given_at, updated_by, updated_at, referral_id, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict (referral_id) do nothing
                    """).params(append(values, referral.id())).update();
        } else {
            updated = jdbc.sql("""
                    update ethics_advice set outcome_id = ?, summary = ?, met_on = ?, summary_published = ?,
                        summary_withheld = ?, given = ?, given_by = ?, given_at = ?, updated_by = ?, updated_at = ?,
                        version = version + 1
                    where referral_id = ? and version = ? and not given
                    """).params(append(append(values, referral.id()), existing.version())).update();
        }
        if (updated == 0) {
            throw audit.conflictOn(RECORD_TYPE, referral.id().toString(), List.of(),
                    existing == null ? now : existing.updatedAt());
        }
    }

    private Part part(String value, String marking, String reason, String field, String markingField, String reasonField,
                      String what, boolean give, FormErrors errors) {
        String text = FormText.optional(value, 4000, field, capitalised(what), errors);
        String mark = FormText.clean(marking);
        if (mark != null && !AdviceForm.PUBLISH.equals(mark) && !AdviceForm.WITHHOLD.equals(mark)) {
            errors.reject(markingField, "Select whether to publish " + what + " or withhold it");
            return new Part(text, null, null);
        }
        if (text != null && mark == null && give) {
            errors.reject(markingField, "Select whether to publish " + what + " or withhold it as OFFICIAL-SENSITIVE");
        }
        WithholdingReason withheld = null;
        if (AdviceForm.WITHHOLD.equals(mark)) {
            withheld = FormText.choice(WithholdingReason.class, reason);
            if (withheld == null) {
                errors.reject(reasonField, "Select why " + what + " is withheld");
            }
        }
        return new Part(text, mark == null ? null : AdviceForm.PUBLISH.equals(mark), withheld);
    }

    private List<FieldChange> changes(EthicsRecords.Advice before, EthicsOutcomes.EthicsOutcome outcome, Part summary,
                                      LocalDate metOn, List<Part> recommendations) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Outcome", before == null ? null : outcomes.find(before.outcomeId())
                .map(EthicsOutcomes.EthicsOutcome::label).orElse(null), outcome == null ? null : outcome.label()));
        changes.add(new FieldChange("Advice", before == null ? null : before.summary(), summary.text()));
        changes.add(new FieldChange("Advice marking", before == null ? null : marking(before.summaryPublished(),
                before.summaryWithheld()), marking(summary.published(), summary.withheld())));
        changes.add(new FieldChange("Date the panel met", before == null || before.metOn() == null ? null
                : before.metOn().toString(), metOn == null ? null : metOn.toString()));
        List<EthicsRecords.Recommendation> old = before == null ? List.of() : records.recommendations(before.referralId());
        for (int i = 0; i < Math.max(old.size(), recommendations.size()); i++) {
            EthicsRecords.Recommendation was = i < old.size() ? old.get(i) : null;
            Part now = i < recommendations.size() ? recommendations.get(i) : null;
            changes.add(new FieldChange("Recommendation " + (i + 1), was == null ? null : was.text() + " ["
                    + marking(was.published(), was.withheld()) + "]", now == null ? null : now.text() + " ["
                    + marking(now.published(), now.withheld()) + "]"));
        }
        return changes;
    }

    private static String marking(Boolean published, WithholdingReason withheld) {
        return published == null ? "not yet marked" : published ? "publish" : "withheld: " + withheld.label();
    }

    private AdviceForm formOf(EthicsRecords.Referral referral, EthicsRecords.Advice advice) {
        AdviceForm form = new AdviceForm();
        form.setReferral(referral.id().toString());
        if (advice != null) {
            form.setVersion(Integer.toString(advice.version()));
            form.setOutcome(advice.outcomeId() == null ? null : advice.outcomeId().toString());
            form.setSummary(advice.summary());
            form.setSummaryMarking(markingOf(advice.summaryPublished()));
            form.setSummaryReason(advice.summaryWithheld() == null ? null : advice.summaryWithheld().name());
            if (advice.metOn() != null) {
                form.setMetOnDay(Integer.toString(advice.metOn().getDayOfMonth()));
                form.setMetOnMonth(Integer.toString(advice.metOn().getMonthValue()));
                form.setMetOnYear(Integer.toString(advice.metOn().getYear()));
            }
            for (EthicsRecords.Recommendation r : records.recommendations(referral.id())) {
                form.getRecommendations().add(new AdviceForm.Row(r.text(), markingOf(r.published()),
                        r.withheld() == null ? null : r.withheld().name()));
            }
        }
        if (form.getRecommendations().isEmpty()) {
            form.addRow();
        }
        return form;
    }

    private static String markingOf(Boolean published) {
        return published == null ? null : published ? AdviceForm.PUBLISH : AdviceForm.WITHHOLD;
    }

    private AiSystem panelOpens(Subject subject, UUID systemId) {
        if (!policy.permits(subject, Permission.GIVE_ETHICS_ADVICE)) {
            throw new AccessDeniedException("Only the Ethics Panel gives its advice");
        }
        AiSystem system = systems.open(subject, systemId);
        material.require(subject, system);
        return system;
    }

    private EthicsRecords.Referral ofSystem(AiSystem system, UUID referralId) {
        return records.referral(referralId).filter(r -> r.systemId().equals(system.id()))
                .orElseThrow(() -> new RecordNotFoundException(EthicsReferrals.RECORD_TYPE, referralId));
    }

    private static Integer parse(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }

    private static Object[] append(Object[] values, Object value) {
        Object[] longer = java.util.Arrays.copyOf(values, values.length + 1);
        longer[values.length] = value;
        return longer;
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
