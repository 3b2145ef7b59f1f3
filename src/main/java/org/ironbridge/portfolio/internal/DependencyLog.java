package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.FieldChange;
import org.ironbridge.govuk.FormErrors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dependencies of an initiative's RAID log. */
@Component
public class DependencyLog extends InitiativeLog<Dependency, DependencyForm, Dependency.Details> {

    static final String RECORD_TYPE = "Dependency";

    private final RaidReferences references;
    private final JdbcClient jdbc;

    DependencyLog(DependencyRepository dependencies, InitiativeEditing initiatives, RaidReferences references,
                  JdbcClient jdbc, AuditTrail audit, Clock clock) {
        super(dependencies, initiatives, audit, clock);
        this.references = references;
        this.jdbc = jdbc;
    }

    @Override
    public String recordType() {
        return RECORD_TYPE;
    }

    @Override
    public String name(Initiative initiative, Dependency dependency) {
        return "dependency " + dependency.reference();
    }

    /**
     * The initiatives this one may depend on, id to reference and title: the force's others that the
     * person's vetting lets them see.
     */
    public Map<UUID, String> dependable(Subject subject, Initiative initiative) {
        Map<UUID, String> options = new LinkedHashMap<>();
        jdbc.sql("""
                select id, reference || ' ' || title from initiative
                where force_id = :force and id <> :self and (classification = 'OFFICIAL' or :sensitive)
                order by reference
                """).param("force", initiative.forceId()).param("self", initiative.id())
                .param("sensitive", subject.vetting().atLeast(Classification.OFFICIAL_SENSITIVE.minimumVetting()))
                .query(rs -> {
                    options.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return options;
    }

    @Override
    Dependency.Details validate(Subject subject, Initiative initiative, DependencyForm form, FormErrors errors) {
        return form.validate(dependable(subject, initiative).keySet(), errors);
    }

    @Override
    Dependency create(Initiative initiative, Dependency.Details details, Instant now) {
        return Dependency.record(initiative.id(), references.next(initiative.id(), 'D'), details, now);
    }

    @Override
    void apply(Initiative initiative, Dependency dependency, Dependency.Details details, Instant now) {
        dependency.apply(details, now);
    }

    @Override
    List<FieldChange> fields(Initiative initiative, Dependency before, Dependency after) {
        boolean isNew = before == null;
        return List.of(
                new FieldChange("Depends on", isNew ? null : provider(before), provider(after)),
                new FieldChange("What is needed", isNew ? null : before.needed(), after.needed()),
                new FieldChange("Needed by", isNew ? null : before.neededBy().toString(), after.neededBy().toString()),
                new FieldChange("Status", isNew ? null : before.status().label(), after.status().label()));
    }

    private String provider(Dependency dependency) {
        if (dependency.externalProgramme() != null) {
            return dependency.externalProgramme() + " (external programme)";
        }
        return jdbc.sql("select reference || ' ' || title from initiative where id = :id")
                .param("id", dependency.dependsOnInitiativeId()).query(String.class).single();
    }

    @Override
    Comparator<Dependency> order() {
        return Comparator.comparing(Dependency::reference);
    }

    @Override
    public DependencyForm formOf(Dependency dependency) {
        return DependencyForm.of(dependency);
    }
}
