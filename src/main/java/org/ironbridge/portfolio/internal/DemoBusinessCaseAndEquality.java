package org.ironbridge.portfolio.internal;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ironbridge.audit.AuditTrail;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Business cases and live equality analyses for WMP's demo initiatives past the mandate stage (see
 * {@link DemoBusinessCases} and {@link DemoEqualityAnalyses}). Loaded once per initiative; never in
 * production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(11)
class DemoBusinessCaseAndEquality implements ApplicationRunner {

    private static final String ANDI_ESRA = "Andi-Esra: AI voice assistant on 101";
    private static final String DPN = "Digital Pocket Notebook";
    private static final String WINDOWS_11 = "Windows 11 roll-out";
    private static final String PRODUCTIVITY_APP = "Productivity app";
    static final String DEMO = "system:demo-data";

    private final People people;
    private final InitiativeRepository initiatives;
    private final BusinessCaseRepository cases;
    private final EqualityAnalysisRepository analyses;
    private final JdbcAggregateTemplate aggregates;
    private final AuditTrail audit;
    private final Clock clock;

    DemoBusinessCaseAndEquality(People people, InitiativeRepository initiatives, BusinessCaseRepository cases,
                                EqualityAnalysisRepository analyses, JdbcAggregateTemplate aggregates, AuditTrail audit,
                                Clock clock) {
        this.people = people;
        this.initiatives = initiatives;
        this.cases = cases;
        this.analyses = analyses;
        this.aggregates = aggregates;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null) {
            return;
        }
        Map<String, Initiative> byTitle = initiatives.findByForceIdOrderByReference(force).stream()
                .collect(Collectors.toMap(Initiative::title, Function.identity(), (first, second) -> first));
        Map<String, PersonSummary> staff = people.inForce(force).stream()
                .collect(Collectors.toMap(PersonSummary::username, Function.identity()));
        DemoBusinessCases businessCases = new DemoBusinessCases(aggregates, audit);
        DemoEqualityAnalyses equality = new DemoEqualityAnalyses(aggregates, audit, clock);
        Map<String, java.util.function.Consumer<Initiative>> caseLoaders = Map.of(
                ANDI_ESRA, initiative -> businessCases.andiEsra(initiative, name(staff, "pm")),
                DPN, initiative -> businessCases.dpn(initiative, name(staff, "practitioner")),
                WINDOWS_11, initiative -> businessCases.windows(initiative, name(staff, "pm")),
                PRODUCTIVITY_APP, initiative -> businessCases.productivity(initiative, name(staff, "pm")));
        Map<String, java.util.function.Consumer<Initiative>> equalityLoaders = Map.of(
                ANDI_ESRA, initiative -> equality.andiEsra(initiative, name(staff, "pm"), sroOf(initiative)),
                DPN, initiative -> equality.dpn(initiative, name(staff, "practitioner"), sroOf(initiative)),
                WINDOWS_11, initiative -> equality.windows(initiative, name(staff, "pm")),
                PRODUCTIVITY_APP, initiative -> equality.productivity(initiative, name(staff, "pm")));
        // Each initiative's records are loaded once: a restart with the kept database adds nothing.
        caseLoaders.forEach((title, load) -> {
            Initiative initiative = byTitle.get(title);
            if (initiative != null && cases.findFirstByInitiativeIdOrderByVersionDesc(initiative.id()).isEmpty()) {
                load.accept(initiative);
            }
        });
        equalityLoaders.forEach((title, load) -> {
            Initiative initiative = byTitle.get(title);
            if (initiative != null && analyses.findFirstByInitiativeIdOrderByVersionDesc(initiative.id()).isEmpty()) {
                load.accept(initiative);
            }
        });
    }


    /** The SRO named on the initiative, who alone signs off its equality analysis. */
    private PersonSummary sroOf(Initiative initiative) {
        return initiative.sroId() == null ? null : people.find(initiative.sroId()).orElse(null);
    }

    private static String name(Map<String, PersonSummary> staff, String username) {
        PersonSummary person = staff.get(username);
        return person == null ? "Corporate Change" : person.displayName();
    }
}
