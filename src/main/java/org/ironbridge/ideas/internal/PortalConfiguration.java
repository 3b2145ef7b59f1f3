package org.ironbridge.ideas.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Subject;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.UnitSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** An administrator changes how the force's portal works; every change is audited with what it was before. */
@Component
public class PortalConfiguration {

    static final String RECORD_TYPE = "Idea portal settings";
    private static final String RULE_TYPE = "Idea routing rule";

    private final PortalSettings settings;
    private final People people;
    private final AuditTrail audit;
    private final JdbcClient jdbc;

    PortalConfiguration(PortalSettings settings, People people, AuditTrail audit, JdbcClient jdbc) {
        this.settings = settings;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Transactional
    public FormErrors serviceLevel(Subject subject, Integer version, String days) {
        FormErrors errors = new FormErrors();
        int current = settings.responseDays(subject.forceId());
        String typed = FormText.clean(days);
        Integer number = typed != null && typed.matches("\\d{1,2}") ? Integer.valueOf(typed) : null;
        if (number == null || number < 1 || number > 60) {
            return errors.reject("responseDays", "Enter the number of working days as a whole number from 1 to 60");
        }
        int updated = jdbc.sql("update idea_portal_setting set response_days = :d, version = version + 1 where force_id = :f and version = :v")
                .param("d", number).param("f", subject.forceId()).param("v", version == null ? -1 : version).update();
        if (updated == 0) {
            throw audit.conflictOn(RECORD_TYPE, subject.forceId().toString(),
                    List.of(new FieldChange("First response within (working days)", null, Integer.toString(current))), java.time.Instant.now());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, subject.forceId(), Operation.ALTERATION, "Changed the ideas service level")
                .withChanges(List.of(new FieldChange("First response within (working days)", Integer.toString(current),
                        number.toString()))).inForce(subject.forceCode()));
        return errors;
    }

    @Transactional
    public FormErrors addDeclineReason(Subject subject, String label) {
        FormErrors errors = new FormErrors();
        List<PortalSettings.DeclineReason> reasons = settings.declineReasons(subject.forceId());
        String text = FormText.clean(label);
        if (text == null) {
            return errors.reject("reason", "Enter the reason as moderators and submitters will read it");
        }
        if (FormText.tooLong(text, 120)) {
            return errors.reject("reason", "The reason must be 120 characters or fewer");
        }
        String code = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
        code = code.isEmpty() || !Character.isLetter(code.charAt(0)) ? "REASON_" + code : code;
        code = code.length() > 40 ? code.substring(0, 40) : code;
        String chosen = code;
        if (reasons.stream().anyMatch(r -> r.code().equals(chosen) || r.label().equalsIgnoreCase(text))) {
            return errors.reject("reason", "There is already a reason like that");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into idea_decline_reason (id, force_id, code, label, active, position) values (:id, :f, :c, :l, true, :p)")
                .param("id", id).param("f", subject.forceId()).param("c", chosen).param("l", text)
                .param("p", reasons.size()).update();
        audit.record(AuditEntry.of(RECORD_TYPE, subject.forceId(), Operation.ALTERATION, "Added a decline reason")
                .withChanges(List.of(new FieldChange("Decline reason", null, text))).inForce(subject.forceCode()));
        return errors;
    }

    @Transactional
    public void declineReasonInUse(Subject subject, UUID reasonId, boolean active) {
        PortalSettings.DeclineReason reason = settings.declineReason(subject.forceId(), reasonId)
                .orElseThrow(() -> new RecordNotFoundException("Decline reason", reasonId));
        if (reason.active() == active) {
            return;
        }
        jdbc.sql("update idea_decline_reason set active = :a where id = :id").param("a", active).param("id", reasonId).update();
        audit.record(AuditEntry.of(RECORD_TYPE, subject.forceId(), Operation.ALTERATION,
                        (active ? "Restored" : "Withdrew") + " a decline reason")
                .withChanges(List.of(new FieldChange(reason.label(), reason.active() ? "In use" : "Withdrawn",
                        active ? "In use" : "Withdrawn"))).inForce(subject.forceCode()));
    }

    @Transactional
    public FormErrors terms(Subject subject, String sensitive, String misconduct) {
        FormErrors errors = new FormErrors();
        List<String> sensitiveTerms = termList("sensitive", sensitive, errors);
        List<String> misconductTerms = termList("misconduct", misconduct, errors);
        if (errors.any()) {
            return errors;
        }
        PortalSettings.Terms before = settings.terms(subject.forceId());
        jdbc.sql("delete from idea_flag_term where force_id = :f").param("f", subject.forceId()).update();
        sensitiveTerms.forEach(t -> settings.addTerm(subject.forceId(), "SENSITIVE", t));
        misconductTerms.forEach(t -> settings.addTerm(subject.forceId(), "MISCONDUCT", t));
        audit.record(AuditEntry.of(RECORD_TYPE, subject.forceId(), Operation.ALTERATION, "Changed the terms that flag ideas")
                .withChanges(List.of(
                        new FieldChange("Sensitive terms", String.join(", ", before.sensitive()), String.join(", ", sensitiveTerms)),
                        new FieldChange("Misconduct terms", String.join(", ", before.misconduct()), String.join(", ", misconductTerms))))
                .inForce(subject.forceCode()));
        return errors;
    }

    /** The rule saved, or errors with nothing saved. */
    public record RuleOutcome(UUID ruleId, FormErrors errors) {
    }

    @Transactional
    public RuleOutcome createRule(Subject subject, RoutingRuleForm form) {
        FormErrors errors = new FormErrors();
        RoutingRuleForm.Rule rule = form.validate(units(subject), errors);
        if (rule == null) {
            return new RuleOutcome(null, errors);
        }
        if (settings.routingRules(subject.forceId()).stream().anyMatch(r -> r.name().equalsIgnoreCase(rule.name()))) {
            return new RuleOutcome(null, errors.reject("name", "There is already a rule with that name"));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into idea_routing_rule (id, force_id, name, position, business_area_id, keywords, submitter_unit_id,
                                               queue_unit_id, active, version)
                values (:id, :f, :name, :position, :area, :keywords, :unit, :queue, :active, 0)
                """).param("id", id).param("f", subject.forceId()).param("name", rule.name()).param("position", rule.position())
                .param("area", rule.businessAreaId()).param("keywords", rule.keywords()).param("unit", rule.submitterUnitId())
                .param("queue", rule.queueUnitId()).param("active", rule.active()).update();
        audit.record(AuditEntry.of(RULE_TYPE, id, Operation.COLLECTION, "Added routing rule " + rule.name())
                .withChanges(describe(subject, null, rule)).inForce(subject.forceCode()));
        return new RuleOutcome(id, errors);
    }

    @Transactional
    public RuleOutcome editRule(Subject subject, UUID ruleId, RoutingRuleForm form) {
        PortalSettings.RoutingRule current = settings.routingRule(subject.forceId(), ruleId)
                .orElseThrow(() -> new RecordNotFoundException(RULE_TYPE, ruleId));
        FormErrors errors = new FormErrors();
        RoutingRuleForm.Rule rule = form.validate(units(subject), errors);
        if (rule == null) {
            return new RuleOutcome(ruleId, errors);
        }
        RoutingRuleForm.Rule before = new RoutingRuleForm.Rule(current.name(), current.position(), current.businessAreaId(),
                current.keywords(), current.submitterUnitId(), current.queueUnitId(), current.active());
        if (!Objects.equals(form.getVersion(), current.version())) {
            throw audit.conflictOn(RULE_TYPE, ruleId.toString(), describe(subject, before, rule), java.time.Instant.now());
        }
        if (settings.routingRules(subject.forceId()).stream()
                .anyMatch(r -> !r.id().equals(ruleId) && r.name().equalsIgnoreCase(rule.name()))) {
            return new RuleOutcome(ruleId, errors.reject("name", "There is already a rule with that name"));
        }
        int updated = jdbc.sql("""
                update idea_routing_rule set name = :name, position = :position, business_area_id = :area, keywords = :keywords,
                       submitter_unit_id = :unit, queue_unit_id = :queue, active = :active, version = version + 1
                where id = :id and version = :v
                """).param("name", rule.name()).param("position", rule.position()).param("area", rule.businessAreaId())
                .param("keywords", rule.keywords()).param("unit", rule.submitterUnitId()).param("queue", rule.queueUnitId())
                .param("active", rule.active()).param("id", ruleId).param("v", current.version()).update();
        if (updated == 0) {
            throw audit.conflictOn(RULE_TYPE, ruleId.toString(), describe(subject, before, rule), java.time.Instant.now());
        }
        audit.record(AuditEntry.of(RULE_TYPE, ruleId, Operation.ALTERATION, "Changed routing rule " + rule.name())
                .withChanges(describe(subject, before, rule)).inForce(subject.forceCode()));
        return new RuleOutcome(ruleId, errors);
    }

    public RoutingRuleForm formOf(Subject subject, UUID ruleId) {
        return RoutingRuleForm.of(settings.routingRule(subject.forceId(), ruleId)
                .orElseThrow(() -> new RecordNotFoundException(RULE_TYPE, ruleId)));
    }

    private List<FieldChange> describe(Subject subject, RoutingRuleForm.Rule before, RoutingRuleForm.Rule after) {
        Map<UUID, String> names = people.units(subject.forceId()).stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        return List.of(
                new FieldChange("Name", before == null ? null : before.name(), after.name()),
                new FieldChange("Order", before == null ? null : Integer.toString(before.position()), Integer.toString(after.position())),
                new FieldChange("Business area chosen", before == null ? null : names.get(before.businessAreaId()), names.get(after.businessAreaId())),
                new FieldChange("Keywords", before == null ? null : before.keywords(), after.keywords()),
                new FieldChange("Submitter's unit", before == null ? null : names.get(before.submitterUnitId()), names.get(after.submitterUnitId())),
                new FieldChange("Queue", before == null ? null : names.get(before.queueUnitId()), names.get(after.queueUnitId())),
                new FieldChange("In use", before == null ? null : before.active() ? "Yes" : "No", after.active() ? "Yes" : "No"));
    }

    private Set<UUID> units(Subject subject) {
        return people.units(subject.forceId()).stream().map(UnitSummary::id).collect(Collectors.toSet());
    }

    private static List<String> termList(String field, String text, FormErrors errors) {
        String cleaned = FormText.clean(text);
        if (cleaned == null) {
            return List.of();
        }
        List<String> terms = Arrays.stream(cleaned.split("\\R")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (terms.size() > 200 || terms.stream().anyMatch(t -> t.length() < 2 || t.length() > 80)) {
            errors.reject(field, "Enter up to 200 terms, one per line, each 2 to 80 characters long");
        }
        return terms;
    }
}
