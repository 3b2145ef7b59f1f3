package org.ironbridge.assurance.internal;

import java.net.URI;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Permission;
import org.ironbridge.access.ProtectedRecord;
import org.ironbridge.access.RecordDecision;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.audit.Operation;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The AI register: records each system requested across the force or suggested by a supplier, keeps its
 * details under optimistic locking, and moves it through its statuses with a reason on record. Approval
 * and decommissioning are a board's: they arrive through {@link #moveByDecision}.
 */
@Component
public class AiSystems {

    public static final String RECORD_TYPE = "AI system";
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern COMPANY_NUMBER = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final JdbcClient jdbc;
    private final AssuranceReferences references;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Portfolio portfolio;
    private final People people;
    private final Clock clock;

    AiSystems(JdbcClient jdbc, AccessPolicy policy, AuditTrail audit, Portfolio portfolio, People people, Clock clock,
              AssuranceReferences references) {
        this.references = references;
        this.jdbc = jdbc;
        this.policy = policy;
        this.audit = audit;
        this.portfolio = portfolio;
        this.people = people;
        this.clock = clock;
    }

    public record Result(AiSystem system, FormErrors errors) {
    }

    public record StatusChange(AiSystemStatus from, AiSystemStatus to, String reason, String decisionReference,
                               String changedBy, Instant changedAt) {
    }

    /** The force's register as this person may see it: nothing above their vetting. */
    @Transactional(readOnly = true)
    public List<AiSystem> register(Subject subject, AiSystemStatus status) {
        requireRegister(subject);
        return jdbc.sql("select * from ai_system where force_id = ? and (?::text is null or status = ?) order by reference")
                .params(subject.forceId(), status == null ? null : status.name(), status == null ? null : status.name())
                .query(AiSystems::map).list().stream()
                .filter(s -> policy.decide(subject, Permission.VIEW_AI_REGISTER, protectedRecord(s)).allowed()).toList();
    }

    /** Opens an entry for this person; not found when it is another force's or above their vetting. */
    @Transactional
    public AiSystem open(Subject subject, UUID id) {
        AiSystem system = find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        RecordDecision decision = policy.decide(subject, Permission.VIEW_AI_REGISTER, protectedRecord(system));
        if (decision.outcome() == RecordDecision.Outcome.NOT_FOUND) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("Not allowed to read the AI register");
        }
        if (decision.consultationLogged()) {
            audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.CONSULTATION, "Viewed AI system " + system.reference()
                    + " " + system.name()).inForce(subject.forceCode()));
        }
        return system;
    }

    /** Opens an entry to change it: the person must record assurance and be able to read it. */
    @Transactional(readOnly = true)
    public AiSystem forRecording(Subject subject, UUID id) {
        AiSystem system = find(id).filter(s -> s.forceId().equals(subject.forceId()))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        RecordDecision decision = policy.decide(subject, Permission.RECORD_AI_ASSURANCE, protectedRecord(system));
        if (decision.outcome() == RecordDecision.Outcome.NOT_FOUND) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        if (!decision.allowed()) {
            throw new AccessDeniedException("Not allowed to record AI assurance");
        }
        return system;
    }

    public boolean mayRecord(Subject subject, AiSystem system) {
        return policy.decide(subject, Permission.RECORD_AI_ASSURANCE, protectedRecord(system)).allowed();
    }

    /** Without any access check: for listeners and the other parts of this module that have checked already. */
    public Optional<AiSystem> find(UUID id) {
        return jdbc.sql("select * from ai_system where id = ?").param(id).query(AiSystems::map).optional();
    }

    public List<AiSystem> ofInitiative(UUID initiativeId) {
        return jdbc.sql("select * from ai_system where initiative_id = ? order by reference").param(initiativeId)
                .query(AiSystems::map).list();
    }

    public List<StatusChange> history(UUID id) {
        return jdbc.sql("""
                select from_status, to_status, reason, decision_reference, changed_by, changed_at
                from ai_system_status_change where system_id = ? order by changed_at, id
                """).param(id).query((rs, n) -> new StatusChange(status(rs.getString(1)), status(rs.getString(2)),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    @Transactional
    public Result create(Subject subject, AiSystemForm form) {
        requireRecording(subject);
        FormErrors errors = new FormErrors();
        AiSystem.Details details = validate(subject, form, errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String reference = references.system(subject.forceId(), LocalDate.now(clock.withZone(LONDON)).getYear());
        jdbc.sql("""
                insert into ai_system (id, force_id, reference, name, purpose, business_area_id, origin, supplier_name,
                    supplier_company_number, procurement_route, system_type, decision_role, uses_biometrics, initiative_id,
                    approval_sought, status, owner_id, website, contact_email, security_standards, data_sources,
                    output_logging, decommissioning_criteria, classification, version, created_by, created_at, updated_at)
                values (:id, :force, :reference, :name, :purpose, :area, :origin, :supplier, :number, :route, :type,
                    :role, :biometrics, :initiative, :sought, 'REQUESTED', :owner, :website, :email, :security, :data,
                    :logging, :decommissioning, :classification, 0, :by, :now, :now)
                """).paramSource(params(details).addValue("id", id).addValue("force", subject.forceId())
                .addValue("reference", reference).addValue("by", subject.username()).addValue("now", Timestamp.from(now)))
                .update();
        recordChange(id, null, AiSystemStatus.REQUESTED, details.origin() == Origin.SUPPLIER_SUGGESTION
                ? "Suggested by " + Objects.requireNonNullElse(details.supplierName(), "a supplier") : "Requested",
                null, subject.username(), now);
        AiSystem saved = find(id).orElseThrow();
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.COLLECTION, "Recorded AI system " + reference + " "
                + details.name() + " on the register").withChanges(changes(null, details)).inForce(subject.forceCode()));
        return new Result(saved, errors);
    }

    @Transactional
    public Result edit(Subject subject, UUID id, AiSystemForm form) {
        AiSystem system = forRecording(subject, id);
        FormErrors errors = new FormErrors();
        AiSystem.Details details = validate(subject, form, errors);
        if (errors.any()) {
            return new Result(null, errors);
        }
        List<FieldChange> changes = changes(system.details(), details);
        if (!Objects.equals(form.getVersion(), system.version())) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), changes, system.updatedAt());
        }
        if (changes.stream().noneMatch(FieldChange::changed)) {
            return new Result(system, errors);
        }
        int updated = jdbc.sql("""
                update ai_system set name = :name, purpose = :purpose, business_area_id = :area, origin = :origin,
                    supplier_name = :supplier, supplier_company_number = :number, procurement_route = :route,
                    system_type = :type, decision_role = :role, uses_biometrics = :biometrics, initiative_id = :initiative,
                    approval_sought = :sought, owner_id = :owner, website = :website, contact_email = :email,
                    security_standards = :security, data_sources = :data, output_logging = :logging,
                    decommissioning_criteria = :decommissioning, classification = :classification,
                    version = version + 1, updated_at = :now
                where id = :id and version = :version
                """).paramSource(params(details).addValue("id", id).addValue("version", system.version())
                .addValue("now", Timestamp.from(clock.instant()))).update();
        if (updated == 0) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(), changes, system.updatedAt());
        }
        audit.record(AuditEntry.of(RECORD_TYPE, id, Operation.ALTERATION, "Edited AI system " + system.reference())
                .withChanges(changes).inForce(subject.forceCode()));
        return new Result(find(id).orElseThrow(), errors);
    }

    /** A move the assurance team records by hand: never an approval or a decommissioning, which are a board's. */
    @Transactional
    public FormErrors move(Subject subject, UUID id, Integer version, String to, String reason, String liveDay,
                           String liveMonth, String liveYear) {
        AiSystem system = forRecording(subject, id);
        FormErrors errors = new FormErrors();
        AiSystemStatus target = FormText.choice(AiSystemStatus.class, to);
        if (target == null || !system.status().manualMoves().contains(target)) {
            errors.reject("status", "Select one of the moves open to a system that is " + system.status().label().toLowerCase(Locale.ROOT)
                    + ". Approval and decommissioning are recorded by the board's decision");
        }
        String why = FormText.required(reason, 4000, "reason", "Enter the reason for the change of status", "Reason", errors);
        LocalDate liveSince = null;
        if (target == AiSystemStatus.LIVE && system.liveSince() == null) {
            liveSince = FormText.optionalDate("liveSince", "Date it went live", liveDay, liveMonth, liveYear, errors);
            if (liveSince == null && !errors.has("liveSince")) {
                errors.reject("liveSince", "Enter the date the system went live");
            } else if (liveSince != null && liveSince.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
                errors.reject("liveSince", "Date it went live must be today or in the past");
            }
        }
        if (errors.any()) {
            return errors;
        }
        if (!Objects.equals(version, system.version())) {
            throw audit.conflictOn(RECORD_TYPE, id.toString(),
                    List.of(new FieldChange("Status", system.status().label(), target.label())), system.updatedAt());
        }
        apply(system, target, why, null, liveSince, subject.username(), subject.forceCode());
        return errors;
    }

    /**
     * A move a board decision (or, for a review, a breached monitoring threshold) brings about; call inside the
     * transaction that records its cause. A move the status does not allow is ignored and reported as false.
     */
    @Transactional
    public boolean moveByDecision(UUID id, AiSystemStatus to, String reason, String decisionReference, String actor,
                                  String forceCode) {
        AiSystem system = find(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (!system.status().mayMoveTo(to)) {
            return false;
        }
        apply(system, to, reason, decisionReference, null, actor, forceCode);
        return true;
    }

    private void apply(AiSystem system, AiSystemStatus to, String reason, String decisionReference, LocalDate liveSince,
                       String actor, String forceCode) {
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update ai_system set status = ?, live_since = coalesce(live_since, ?), version = version + 1, updated_at = ?
                where id = ? and version = ?
                """).params(to.name(), liveSince == null ? null : Date.valueOf(liveSince), Timestamp.from(now), system.id(),
                system.version()).update();
        if (updated == 0) {
            throw audit.conflictOn(RECORD_TYPE, system.id().toString(),
                    List.of(new FieldChange("Status", system.status().label(), to.label())), system.updatedAt());
        }
        recordChange(system.id(), system.status(), to, reason, decisionReference, actor, now);
        AuditEntry entry = AuditEntry.of(RECORD_TYPE, system.id(), Operation.ALTERATION, "AI system " + system.reference()
                        + " moved to " + to.label() + (decisionReference == null ? "" : " by decision " + decisionReference))
                .withChanges(List.of(new FieldChange("Status", system.status().label(), to.label()),
                        new FieldChange("Reason", null, reason)))
                .inForce(forceCode);
        audit.record(actor.startsWith("system:") ? entry.by(actor) : entry);
    }

    private void recordChange(UUID id, AiSystemStatus from, AiSystemStatus to, String reason, String decisionReference,
                              String actor, Instant at) {
        jdbc.sql("""
                insert into ai_system_status_change (id, system_id, from_status, to_status, reason, decision_reference,
                    changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), id, from == null ? null : from.name(), to.name(), reason, decisionReference,
                actor, Timestamp.from(at)).update();
    }

    /** The choices the form offers: the force's business areas, initiatives and people. */
    public List<UnitSummary> businessAreas(UUID forceId) {
        return people.units(forceId);
    }

    public List<InitiativeSummary> initiatives(UUID forceId) {
        return portfolio.inForce(forceId);
    }

    public List<PersonSummary> owners(UUID forceId) {
        return people.inForce(forceId).stream().filter(PersonSummary::active).toList();
    }

    public static ProtectedRecord protectedRecord(AiSystem system) {
        return ProtectedRecord.of(RECORD_TYPE, system.id(), system.forceId(), system.classification());
    }

    private AiSystem.Details validate(Subject subject, AiSystemForm form, FormErrors errors) {
        String name = FormText.required(form.getName(), 200, "name", "Enter the name of the system", "Name", errors);
        String purpose = FormText.required(form.getPurpose(), 4000, "purpose",
                "Enter the purpose: what the system is for and the problem it addresses", "Purpose", errors);
        UUID area = FormText.uuid(form.getBusinessAreaId());
        if (area == null || businessAreas(subject.forceId()).stream().noneMatch(u -> u.id().equals(area))) {
            errors.reject("businessAreaId", "Select the business area that requested the system");
        }
        Origin origin = FormText.choice(Origin.class, form.getOrigin());
        if (origin == null) {
            errors.reject("origin", "Select whether the force requested the system or a supplier suggested it");
        }
        String supplier = FormText.optional(form.getSupplierName(), 200, "supplierName", "Supplier name", errors);
        if (supplier == null && origin == Origin.SUPPLIER_SUGGESTION) {
            errors.reject("supplierName", "Enter the name of the supplier that suggested the system");
        }
        String number = FormText.clean(form.getSupplierCompanyNumber());
        if (number != null) {
            number = number.replace(" ", "").toUpperCase(Locale.ROOT);
            if (!COMPANY_NUMBER.matcher(number).matches()) {
                errors.reject("supplierCompanyNumber", "Companies House number must be 8 digits, or 2 letters and 6 "
                        + "digits, like 01234567 or SC123456");
                number = null;
            }
        }
        ProcurementRoute route = FormText.choice(ProcurementRoute.class, form.getProcurementRoute());
        if (route == null) {
            errors.reject("procurementRoute", "Select the procurement route, or that it is not yet decided");
        }
        AiSystemType type = FormText.choice(AiSystemType.class, form.getType());
        if (type == null) {
            errors.reject("type", "Select the type of system");
        }
        DecisionRole role = FormText.choice(DecisionRole.class, form.getDecisionRole());
        if (role == null) {
            errors.reject("decisionRole", "Select whether the system informs or makes decisions about people");
        }
        String biometrics = form.getUsesBiometrics();
        if (!"yes".equals(biometrics) && !"no".equals(biometrics)) {
            errors.reject("usesBiometrics", "Select whether the system uses cameras or biometrics");
        }
        UUID initiative = null;
        if (FormText.clean(form.getInitiativeId()) != null) {
            initiative = FormText.uuid(form.getInitiativeId());
            UUID chosen = initiative;
            if (chosen == null || initiatives(subject.forceId()).stream().noneMatch(i -> i.id().equals(chosen))) {
                errors.reject("initiativeId", "Select the initiative from the list");
                initiative = null;
            }
        }
        String sought = form.getApprovalSought();
        if (!"PILOT".equals(sought) && !"FULL".equals(sought)) {
            errors.reject("approvalSought", "Select whether approval is sought for a pilot or for full use");
        }
        UUID owner = null;
        if (FormText.clean(form.getOwnerId()) != null) {
            owner = FormText.uuid(form.getOwnerId());
            UUID chosen = owner;
            if (chosen == null || owners(subject.forceId()).stream().noneMatch(p -> p.id().equals(chosen))) {
                errors.reject("ownerId", "Select the system owner from the list");
                owner = null;
            }
        }
        String website = FormText.optional(form.getWebsite(), 300, "website", "Website", errors);
        if (website != null && !errors.has("website") && !isWebAddress(website)) {
            errors.reject("website", "Website must be a full web address starting with https://, like "
                    + "https://www.west-midlands.police.uk/ai");
        }
        String email = FormText.optional(form.getContactEmail(), 254, "contactEmail", "Contact email", errors);
        if (email != null && !errors.has("contactEmail") && !EMAIL.matcher(email).matches()) {
            errors.reject("contactEmail", "Enter a contact email address in the correct format, like ai@west-midlands.police.uk");
        }
        String security = FormText.optional(form.getSecurityStandards(), 4000, "securityStandards",
                "Security standards", errors);
        String data = FormText.optional(form.getDataSources(), 4000, "dataSources", "Data sources", errors);
        String logging = FormText.optional(form.getOutputLogging(), 4000, "outputLogging", "Logging of outputs", errors);
        String decommissioning = FormText.optional(form.getDecommissioningCriteria(), 4000, "decommissioningCriteria",
                "Decommissioning criteria", errors);
        Classification classification = FormText.choice(Classification.class, form.getClassification());
        if (classification == null) {
            errors.reject("classification", "Select the security classification of the entry");
        } else if (!subject.vetting().atLeast(classification.minimumVetting())) {
            errors.reject("classification", "You cannot mark an entry above your own vetting");
        }
        return new AiSystem.Details(name, purpose, area, origin, supplier, number, route, type, role, "yes".equals(biometrics),
                initiative, "PILOT".equals(sought), owner, website, email, security, data, logging, decommissioning,
                classification);
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = URI.create(text);
            return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource params(AiSystem.Details d) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("name", d.name()).addValue("purpose", d.purpose()).addValue("area", d.businessAreaId())
                .addValue("origin", d.origin().name()).addValue("supplier", d.supplierName())
                .addValue("number", d.supplierCompanyNumber()).addValue("route", d.procurementRoute().name())
                .addValue("type", d.type().name()).addValue("role", d.decisionRole().name())
                .addValue("biometrics", d.usesBiometrics()).addValue("initiative", d.initiativeId())
                .addValue("sought", d.pilotSought() ? "PILOT" : "FULL").addValue("owner", d.ownerId())
                .addValue("website", d.website()).addValue("email", d.contactEmail())
                .addValue("security", d.securityStandards()).addValue("data", d.dataSources())
                .addValue("logging", d.outputLogging()).addValue("decommissioning", d.decommissioningCriteria())
                .addValue("classification", d.classification().name());
    }

    private List<FieldChange> changes(AiSystem.Details before, AiSystem.Details after) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(new FieldChange("Name", before == null ? null : before.name(), after.name()));
        changes.add(new FieldChange("Purpose", before == null ? null : before.purpose(), after.purpose()));
        changes.add(new FieldChange("Business area", before == null ? null : str(before.businessAreaId()),
                str(after.businessAreaId())));
        changes.add(new FieldChange("Origin", before == null ? null : before.origin().label(), after.origin().label()));
        changes.add(new FieldChange("Supplier", before == null ? null : before.supplierName(), after.supplierName()));
        changes.add(new FieldChange("Companies House number", before == null ? null : before.supplierCompanyNumber(),
                after.supplierCompanyNumber()));
        changes.add(new FieldChange("Procurement route", before == null ? null : before.procurementRoute().label(),
                after.procurementRoute().label()));
        changes.add(new FieldChange("Type", before == null ? null : before.type().label(), after.type().label()));
        changes.add(new FieldChange("Decisions about people", before == null ? null : before.decisionRole().label(),
                after.decisionRole().label()));
        changes.add(new FieldChange("Uses cameras or biometrics", before == null ? null : yesNo(before.usesBiometrics()),
                yesNo(after.usesBiometrics())));
        changes.add(new FieldChange("Initiative", before == null ? null : str(before.initiativeId()), str(after.initiativeId())));
        changes.add(new FieldChange("Approval sought", before == null ? null : sought(before.pilotSought()),
                sought(after.pilotSought())));
        changes.add(new FieldChange("System owner", before == null ? null : str(before.ownerId()), str(after.ownerId())));
        changes.add(new FieldChange("Website", before == null ? null : before.website(), after.website()));
        changes.add(new FieldChange("Contact email", before == null ? null : before.contactEmail(), after.contactEmail()));
        changes.add(new FieldChange("Security standards", before == null ? null : before.securityStandards(),
                after.securityStandards()));
        changes.add(new FieldChange("Data sources", before == null ? null : before.dataSources(), after.dataSources()));
        changes.add(new FieldChange("Logging of outputs", before == null ? null : before.outputLogging(), after.outputLogging()));
        changes.add(new FieldChange("Decommissioning criteria", before == null ? null : before.decommissioningCriteria(),
                after.decommissioningCriteria()));
        changes.add(new FieldChange("Classification", before == null ? null : before.classification().marking(),
                after.classification().marking()));
        return changes;
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String yesNo(boolean value) {
        return value ? "Yes" : "No";
    }

    private static String sought(boolean pilot) {
        return pilot ? "Pilot" : "Full use";
    }

    private void requireRegister(Subject subject) {
        if (!policy.permits(subject, Permission.VIEW_AI_REGISTER)) {
            throw new AccessDeniedException("Not allowed to read the AI register");
        }
    }

    private void requireRecording(Subject subject) {
        if (!policy.permits(subject, Permission.RECORD_AI_ASSURANCE)) {
            throw new AccessDeniedException("Not allowed to record AI systems");
        }
    }

    private static AiSystemStatus status(String name) {
        return name == null ? null : AiSystemStatus.valueOf(name);
    }

    static AiSystem map(ResultSet rs, int row) throws SQLException {
        Date live = rs.getDate("live_since");
        String route = rs.getString("procurement_route");
        return new AiSystem(rs.getObject("id", UUID.class), rs.getObject("force_id", UUID.class), rs.getString("reference"),
                rs.getString("name"), rs.getString("purpose"), rs.getObject("business_area_id", UUID.class),
                Origin.valueOf(rs.getString("origin")), rs.getString("supplier_name"),
                rs.getString("supplier_company_number"), route == null ? null : ProcurementRoute.valueOf(route),
                AiSystemType.valueOf(rs.getString("system_type")), DecisionRole.valueOf(rs.getString("decision_role")),
                rs.getBoolean("uses_biometrics"), rs.getObject("initiative_id", UUID.class),
                "PILOT".equals(rs.getString("approval_sought")), AiSystemStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_id", UUID.class), rs.getString("website"), rs.getString("contact_email"),
                rs.getString("security_standards"), rs.getString("data_sources"), rs.getString("output_logging"),
                rs.getString("decommissioning_criteria"), live == null ? null : live.toLocalDate(),
                Classification.valueOf(rs.getString("classification")), rs.getInt("version"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
