package org.ironbridge.people.internal;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ironbridge.access.Role;
import org.ironbridge.access.VettingLevel;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.internal.OrganisationUnit.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation: West Midlands Police with its departments and local policing areas, one
 * fictional person per role, and a second force to show that forces never see each other's records.
 * Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(0)
class DemoPeople implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);

    record DemoPerson(String username, String name, String jobTitle, String unit, VettingLevel vetting, Set<Role> roles) { }

    static final List<String[]> WMP_UNITS = List.of(
            new String[] {"FORCE-EXEC", "Force Executive Team", "DEPARTMENT"},
            new String[] {"FORCE-CONTACT", "Force Contact", "DEPARTMENT"},
            new String[] {"INVESTIGATIONS", "Investigations", "DEPARTMENT"},
            new String[] {"IT-DIGITAL", "IT & Digital", "DEPARTMENT"},
            new String[] {"CORP-CHANGE", "Corporate Change", "DEPARTMENT"},
            new String[] {"CORP-DEV", "Corporate Development", "DEPARTMENT"},
            new String[] {"INFO-MGMT", "Information Management", "DEPARTMENT"},
            new String[] {"LPA-BE", "Birmingham East LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-BW", "Birmingham West LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-COV", "Coventry LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-DUD", "Dudley LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-SAN", "Sandwell LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-SOL", "Solihull LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-WAL", "Walsall LPA", "LOCAL_POLICING_AREA"},
            new String[] {"LPA-WOL", "Wolverhampton LPA", "LOCAL_POLICING_AREA"});

    static final List<DemoPerson> WMP_PEOPLE = List.of(
            new DemoPerson("staff", "PC Jordan Ashby", "Response officer", "LPA-BW", VettingLevel.RV, EnumSet.of(Role.STAFF)),
            new DemoPerson("practitioner", "Morgan Okafor", "Change Practitioner", "CORP-CHANGE", VettingLevel.MV, EnumSet.of(Role.CHANGE_PRACTITIONER)),
            new DemoPerson("pm", "Sam Lindqvist", "Project Manager", "CORP-CHANGE", VettingLevel.MV, EnumSet.of(Role.PROJECT_MANAGER)),
            new DemoPerson("sro", "Ch Supt Alex Hargreaves", "Head of Force Contact", "FORCE-CONTACT", VettingLevel.MV, EnumSet.of(Role.SENIOR_RESPONSIBLE_OWNER)),
            new DemoPerson("pmo", "Priya Bennett", "PMO Analyst", "CORP-CHANGE", VettingLevel.MV, EnumSet.of(Role.PMO_ANALYST)),
            new DemoPerson("board.member", "Supt Chris Doyle", "Head of Investigations Standards", "INVESTIGATIONS", VettingLevel.MV, EnumSet.of(Role.BOARD_MEMBER)),
            new DemoPerson("board.chair", "DCC Taylor Whitfield", "Deputy Chief Constable", "FORCE-EXEC", VettingLevel.SC, EnumSet.of(Role.BOARD_CHAIR, Role.BOARD_MEMBER)),
            new DemoPerson("acc.change", "ACC Rowan Ellis", "Assistant Chief Constable, Change", "FORCE-EXEC", VettingLevel.SC, EnumSet.of(Role.BOARD_CHAIR, Role.BOARD_MEMBER)),
            new DemoPerson("dpo", "Jamie Mensah", "Data Protection Officer", "INFO-MGMT", VettingLevel.SC, EnumSet.of(Role.DATA_PROTECTION_OFFICER)),
            new DemoPerson("ethics", "Dr Asha Raman", "Ethics Panel member", "CORP-DEV", VettingLevel.MV, EnumSet.of(Role.ETHICS_PANEL_MEMBER)),
            new DemoPerson("iao", "Robin Fletcher", "Head of Applications", "IT-DIGITAL", VettingLevel.MV, EnumSet.of(Role.INFORMATION_ASSET_OWNER)),
            new DemoPerson("auditor", "Casey Quinn", "Internal auditor", "INFO-MGMT", VettingLevel.SC, EnumSet.of(Role.AUDITOR)),
            new DemoPerson("admin", "Riley Patel", "Systems administrator", "IT-DIGITAL", VettingLevel.SC, EnumSet.of(Role.ADMINISTRATOR)));

    private final ForceRepository forces;
    private final OrganisationUnitRepository units;
    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;
    private final String demoPassword;

    DemoPeople(ForceRepository forces, OrganisationUnitRepository units, PersonRepository people,
               PasswordEncoder passwords, AuditTrail audit, Clock clock,
               @Value("${ironbridge.demo.password}") String demoPassword) {
        this.forces = forces;
        this.units = units;
        this.people = people;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.demoPassword = demoPassword;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (forces.findByCode("WMP").isEmpty()) {
            String hash = passwords.encode(demoPassword);
            load("WMP", "West Midlands Police", WMP_UNITS, WMP_PEOPLE, hash);
            load("WMERC", "West Mercia Police", List.<String[]>of(new String[] {"IT", "ICT", "DEPARTMENT"}),
                    List.of(new DemoPerson("wm.admin", "Drew Carter", "Systems administrator", "IT", VettingLevel.SC,
                            EnumSet.of(Role.ADMINISTRATOR))), hash);
        }
        log.info("Demo data loaded. Demo accounts: {} and wm.admin (West Mercia); every demo password is: {}",
                WMP_PEOPLE.stream().map(DemoPerson::username).toList(), demoPassword);
    }

    private void load(String code, String name, List<String[]> unitRows, List<DemoPerson> demoPeople, String hash) {
        Force force = forces.save(Force.create(code, name));
        audit.record(AuditEntry.of("Force", force.id(), Operation.COLLECTION, "Created force " + name)
                .inForce(code).by("system:demo-data"));
        Map<String, OrganisationUnit> byCode = new HashMap<>();
        for (String[] row : unitRows) {
            OrganisationUnit unit = units.save(OrganisationUnit.create(force.id(), row[0], row[1], Kind.valueOf(row[2])));
            byCode.put(row[0], unit);
        }
        for (DemoPerson demo : demoPeople) {
            Person person = Person.create(force.id(), demo.username(), demo.name(), demo.jobTitle(),
                    demo.username() + "@" + code.toLowerCase() + ".example.police.uk",
                    byCode.get(demo.unit()).id(), demo.vetting(), demo.roles(), clock.instant());
            person.setPasswordHash(hash);
            people.save(person);
            audit.record(AuditEntry.of(AccessAdministration.RECORD_TYPE, person.id(), Operation.COLLECTION,
                    "Created the demo account " + demo.username()).inForce(code).by("system:demo-data"));
        }
    }
}
