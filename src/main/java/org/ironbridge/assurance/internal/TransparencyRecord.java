package org.ironbridge.assurance.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ironbridge.access.Subject;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.people.People;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Algorithmic Transparency Recording Standard record of a system, filled from the register: Tier 1 for the
 * general public and Tier 2 for specialists. A field the register does not hold is left empty and listed as
 * missing, never invented.
 */
@Component
public class TransparencyRecord {

    static final String STANDARD = "Algorithmic Transparency Recording Standard";
    static final String VERSION = "3.0";

    private final AiSystems systems;
    private final SystemUse use;
    private final SystemAssessment assessment;
    private final People people;
    private final List<AssuranceStep> steps;
    private final AuditTrail audit;

    TransparencyRecord(AiSystems systems, SystemUse use, SystemAssessment assessment, People people,
                       List<AssuranceStep> steps, AuditTrail audit) {
        this.audit = audit;
        this.systems = systems;
        this.use = use;
        this.assessment = assessment;
        this.people = people;
        this.steps = steps.stream().sorted(Comparator.comparingInt(AssuranceStep::order)).toList();
    }

    /** One section of the record: its fields in order, each null when the register lacks it. */
    public record Section(String key, String title, Map<String, Field> fields) {
    }

    public record Field(String label, Object value) {
        public boolean missing() {
            return value == null || value instanceof List<?> list && list.isEmpty();
        }
    }

    public record Record(String name, List<Section> tier1, List<Section> tier2) {

        /** Every field the register could not fill, as "tier.section.field". */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            collect("tier_1", tier1, missing);
            collect("tier_2", tier2, missing);
            return missing;
        }

        private static void collect(String tier, List<Section> sections, List<String> missing) {
            for (Section section : sections) {
                section.fields().forEach((key, field) -> {
                    if (field.missing()) {
                        missing.add(tier + "." + section.key() + "." + key);
                    }
                });
            }
        }

        /** The record as the standard's JSON: snake_case keys, null for what is missing, and the list of missing fields. */
        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("schema", STANDARD);
            json.put("schema_version", VERSION);
            json.put("tier_1", sections(tier1));
            json.put("tier_2", sections(tier2));
            json.put("missing_fields", missing());
            return json;
        }

        private static Map<String, Object> sections(List<Section> sections) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Section section : sections) {
                Map<String, Object> fields = new LinkedHashMap<>();
                section.fields().forEach((key, field) -> fields.put(key, field.missing() ? null : field.value()));
                out.put(section.key(), fields);
            }
            return out;
        }
    }

    /** The record as exported: the export is logged as a disclosure. */
    @Transactional
    public Record export(Subject subject, AiSystem system) {
        Record record = of(system);
        audit.record(AuditEntry.of(AiSystems.RECORD_TYPE, system.id(), Operation.DISCLOSURE, "Exported the transparency "
                + "record (" + STANDARD + ") of AI system " + system.reference() + " " + system.name() + " as JSON")
                .inForce(subject.forceCode()));
        return record;
    }

    public Record of(AiSystem system) {
        String force = people.forceName(system.forceId()).orElse(null);
        String team = systems.businessAreas(system.forceId()).stream().filter(u -> u.id().equals(system.businessAreaId()))
                .map(u -> u.name()).findFirst().orElse(null);
        String owner = system.ownerId() == null ? null : people.find(system.ownerId())
                .map(p -> p.jobTitle() == null ? p.displayName() : p.jobTitle() + " (" + p.displayName() + ")").orElse(null);
        var ratings = assessment.ratings(system.id());
        var benefit = ratings.get(AssessmentCriterion.BUSINESS_BENEFIT);
        List<SystemUse.UsageRule> rules = use.rules(system.id());
        List<String> training = rules.stream().filter(r -> r.training() != null)
                .map(r -> r.role() + ": " + r.training()).toList();
        List<Map<String, Object>> assets = use.assets(system.id()).stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", a.name());
            m.put("kind", a.kind().label());
            m.put("owner", a.owner());
            m.put("lawful_basis", a.lawfulBasis());
            return m;
        }).toList();
        List<Map<String, Object>> assessments = steps.stream().filter(s -> InitiativeAssurance.FOR_APPROVAL.contains(s.name())
                        && !s.name().equals("Decommissioning"))
                .map(s -> Map.entry(s, s.progress(system))).filter(e -> e.getValue().complete()).map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", e.getKey().name());
                    m.put("status", e.getValue().label());
                    m.put("summary", e.getValue().detail());
                    return m;
                }).toList();
        List<Map<String, Object>> risks = ratings.values().stream()
                .filter(e -> e.rating() == Rating.WEAK || e.rating() == Rating.UNACCEPTABLE).map(e -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", e.criterion().label());
                    m.put("description", e.rating().label() + ": " + e.evidence());
                    return m;
                }).toList();

        Map<String, Field> summary = new LinkedHashMap<>();
        summary.put("name", new Field("Name", system.name()));
        summary.put("description", new Field("Description", system.purpose()));
        summary.put("website", new Field("Website", system.website()));
        summary.put("contact_email", new Field("Contact email", system.contactEmail()));
        summary.put("organisation", new Field("Organisation", force));
        summary.put("phase", new Field("Phase", phase(system.status())));
        List<Section> tier1 = List.of(new Section("summary", "Summary", summary));

        Map<String, Field> ownership = new LinkedHashMap<>();
        ownership.put("organisation", new Field("Organisation", force));
        ownership.put("team", new Field("Team", team));
        ownership.put("senior_responsible_owner", new Field("Senior responsible owner", owner));
        ownership.put("external_supplier", new Field("External supplier", system.supplierName()));
        ownership.put("companies_house_number", new Field("Companies House number", system.supplierCompanyNumber()));
        ownership.put("procurement_procedure_type", new Field("Procurement procedure type",
                system.procurementRoute() == null ? null : system.procurementRoute().label()));
        Map<String, Field> rationale = new LinkedHashMap<>();
        rationale.put("detailed_description", new Field("Detailed description", system.purpose()));
        rationale.put("tool_type", new Field("Type of tool", system.type().label()));
        rationale.put("benefits", new Field("Benefits", benefit == null ? null : benefit.evidence()));
        rationale.put("previous_process", new Field("Previous process", null));
        rationale.put("alternatives_considered", new Field("Alternatives considered", null));
        Map<String, Field> decisions = new LinkedHashMap<>();
        decisions.put("process_integration", new Field("Role in decisions about people", system.decisionRole().label()));
        decisions.put("who_may_use_it", new Field("Who may use it", rules.stream().map(r -> r.role() + " (at least "
                + r.minimumVetting().label() + (r.conditions() == null ? "" : "; " + r.conditions()) + ")").toList()));
        decisions.put("required_training", new Field("Required training", training));
        decisions.put("logging_of_outputs", new Field("Logging of outputs and decisions", system.outputLogging()));
        decisions.put("appeals_and_review", new Field("Appeals and review", null));
        Map<String, Field> specification = new LinkedHashMap<>();
        specification.put("phase", new Field("Phase", phase(system.status())));
        specification.put("live_since", new Field("Live since", system.liveSince() == null ? null : system.liveSince().toString()));
        specification.put("system_architecture", new Field("System architecture", system.securityStandards()));
        specification.put("source_data", new Field("Source data", system.dataSources()));
        specification.put("information_assets", new Field("Information assets and processing activities", assets));
        Map<String, Field> risk = new LinkedHashMap<>();
        risk.put("impact_assessments", new Field("Impact assessments completed", assessments));
        risk.put("risks", new Field("Risks identified in the formal assessment", risks));
        risk.put("decommissioning_criteria", new Field("When it would be withdrawn", system.decommissioningCriteria()));
        List<Section> tier2 = List.of(new Section("owner_and_responsibility", "Owner and responsibility", ownership),
                new Section("description_and_rationale", "Description and rationale", rationale),
                new Section("decision_making_process", "Decision-making process", decisions),
                new Section("tool_specification", "Tool specification and data", specification),
                new Section("risks_mitigations_and_impact_assessments", "Risks, mitigations and impact assessments", risk));
        return new Record(system.name(), tier1, tier2);
    }

    private static String phase(AiSystemStatus status) {
        return switch (status) {
            case REQUESTED, UNDER_ASSESSMENT, REJECTED -> "Pre-deployment";
            case APPROVED_FOR_PILOT -> "Beta/pilot";
            case APPROVED, LIVE, UNDER_REVIEW -> "Production";
            case DECOMMISSIONED -> "Retired";
        };
    }
}
