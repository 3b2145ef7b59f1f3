package org.ironbridge.portfolio.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;

/**
 * The demo business cases: text in quotation marks is quoted from the board papers
 * (docs/seed-facts.md); every cost is illustrative, since the papers give none.
 */
final class DemoBusinessCases {

    private final JdbcAggregateTemplate aggregates;
    private final AuditTrail audit;

    DemoBusinessCases(JdbcAggregateTemplate aggregates, AuditTrail audit) {
        this.aggregates = aggregates;
        this.audit = audit;
    }

    // Andi-Esra: outline, then outline business case, then full business case. Costs illustrative.
    void andiEsra(Initiative initiative, String author) {
        String strategic = "\"This new capability will help manage the volume of calls landing on the 101 Contact centre "
                + "that need to be answered by Call Handlers, with the intention of reducing caller wait times and "
                + "improving the effectiveness of the service.\"\n"
                + "\"The strategy to achieve this is to use automation where applicable to respond to, or to deflect "
                + "calls through channel shift (e.g. a web portal, SMS or email service).\"\n"
                + "It serves the Police and Crime Plan commitment to \"Improved technology and working practices to "
                + "support interaction with the public\".";
        String capabilities = "The voice assistant will enable Force Contact to: answer calls for service immediately; "
                + "provide advice to the public dynamically; allow the public to request a crime update and directly "
                + "message the OiC; prioritise vulnerable callers; understand and categorise non-emergency requests; "
                + "allow contact operators to focus on complex or specialised calls; provide the public with a "
                + "consistent experience; decommission legacy technology.";
        List<BusinessCase.Option> outline = List.of(
                option("Do nothing", "Every 101 call continues to queue for a call handler.", "0", false),
                option("AI voice assistant on 101", "A voice assistant answers every 101 call at once, resolves or "
                        + "deflects what it can and passes the rest, prioritised, to a call handler.", "950000", true),
                option("More call handlers", "Recruit and train additional call handlers to meet 101 demand.",
                        "2600000", false));
        saveCase(initiative, 1, author, Instant.parse("2024-03-18T10:15:00Z"), strategic, null, null, null, null,
                outline, cost("400000", "0", "50000", "100000", 5), FundingSource.NATIONAL_FUND,
                "STAR funding from the National Science and Innovation Board (NSIB) to be sought");
        String economic = "Three options were appraised. Doing nothing leaves caller wait times as they are. More call "
                + "handlers meets demand but at the highest whole-life cost. The voice assistant answers every call at "
                + "once and frees call handlers for the calls that need them, and is the best value.";
        String commercial = "A supplier of the voice platform is to be engaged through a national framework, with the "
                + "force owning the call flows and the data. The contract includes accent and accessibility testing.";
        saveCase(initiative, 2, author, Instant.parse("2024-06-24T14:40:00Z"), strategic + "\n" + capabilities, economic,
                commercial, null, null, outline, cost("350000", "0", "60000", "95000", 5), FundingSource.NATIONAL_FUND,
                "STAR funding from the National Science and Innovation Board (NSIB)");
        String financial = "The one-off build is met from STAR funding; the recurring platform and support costs move "
                + "to the Force Contact revenue budget from the second year.";
        String management = "\"Andi-Esra will triage all 101 calls in WMP from December 2024.\" The Senior Responsible "
                + "Owner is the Head of Force Contact, supported by a project board and Corporate Change. As an AI "
                + "initiative it goes to the Change Board with a formal Change Paper and to the Ethics Panel.";
        List<BusinessCase.Option> full = List.of(outline.get(0), option("AI voice assistant on 101 (Andi-Esra)",
                        "A voice assistant answers every 101 call at once, resolves or deflects what it can and passes the "
                                + "rest, prioritised, to a call handler.", "885000", true), outline.get(2));
        saveCase(initiative, 3, author, Instant.parse("2024-09-02T09:05:00Z"), strategic + "\n" + capabilities, economic,
                commercial, financial, management, full, cost("350000", "0", "60000", "95000", 5),
                FundingSource.NATIONAL_FUND, "STAR funding from the National Science and Innovation Board (NSIB)");
    }

    // Digital Pocket Notebook: one version. Costs illustrative.
    void dpn(Initiative initiative, String author) {
        saveCase(initiative, 1, author, Instant.parse("2023-05-09T11:00:00Z"),
                "\"Officers were solely reliant on paper notebooks which were easily lost or damaged, with no back-up "
                        + "copy, no password protection, data security or encryption. Information from the DPN had to be "
                        + "manually entered in force systems where required.\"",
                "\"DPN improves data security and the information is integrated within the Command and Control system "
                        + "(Control Works).\" Keeping paper costs officers' time re-keying entries; a stand-alone app "
                        + "would not remove the re-keying.",
                "Built on the force's mobile platform by IT & Digital, with no new supplier contract.",
                "Met from the IT & Digital capital programme, with support absorbed in the existing mobile service.",
                "Delivered by IT & Digital through a project board, with roll-out by Local Police Area.",
                List.of(option("Keep paper notebooks", "Officers keep paper notebooks and re-key entries into force "
                                + "systems.", "0", false),
                        option("Digital Pocket Notebook integrated with Control Works", "A digital notebook on officers' "
                                + "mobile devices, integrated with the Command and Control system.", "420000", true),
                        option("Stand-alone notebook app", "A note-taking app without integration with force systems.",
                                "180000", false)),
                cost("300000", "0", "20000", "25000", 4), FundingSource.FORCE_BUDGET, "IT & Digital capital programme");
    }

    // Windows 11: the saving is the paper's estimate; the costs are illustrative.
    void windows(Initiative initiative, String author) {
        saveCase(initiative, 1, author, Instant.parse("2025-02-11T15:30:00Z"),
                "\"the roll out of Windows 11 will allow WMP to remove the need for laptops to have an integrated "
                        + "Smartcard reader; 2 factor authentication requirements (previously provided via Smartcard and "
                        + "PIN) are no longer required. WMP can now procure cheaper laptops and procure new devices via "
                        + "national frameworks.\"",
                "\"This will realise significant cost savings – estimated at £100 - £150 per unit. When aggregated across "
                        + "our estate of 11k laptops this is an estimated saving of between £1.1m - £1.6m per re-fresh "
                        + "cycle.\"",
                "New devices are procured via national frameworks, led by the Contracts and Procurement department.",
                null, null,
                List.of(option("Stay on the current operating system", "Keep laptops on the current version with "
                                + "Smartcard readers until it can no longer be patched.", "0", false),
                        option("Roll out Windows 11", "Upgrade the laptop estate to Windows 11 and buy laptops without "
                                + "integrated Smartcard readers at the next refresh.", "640000", true)),
                cost("150000", "0", "250000", "60000", 4), FundingSource.FORCE_BUDGET, "IT & Digital revenue budget");
    }

    // Productivity app: design phase. Costs illustrative.
    void productivity(Initiative initiative, String author) {
        saveCase(initiative, 1, author, Instant.parse("2024-12-05T10:00:00Z"),
                "\"A 'productivity' app that will produce aggregate, team and individual level data on officer and "
                        + "staff productivity.\" \"In design-phase, with anticipated 'build' work commencing in early "
                        + "2025.\"",
                "Built by the Data Analytics Lab with Corporate Change, on the force's existing data platform.",
                null, null, null,
                List.of(option("Do nothing", "Supervisors keep assembling productivity figures by hand.", "0", false),
                        option("Productivity app", "An app giving aggregate, team and individual level productivity "
                                + "data to supervisors and leaders.", "310000", true)),
                cost("0", "0", "160000", "30000", 5), FundingSource.FORCE_BUDGET, "Corporate Development budget");
    }

    private void saveCase(Initiative initiative, int version, String author, Instant at, String strategic, String economic,
                          String commercial, String financial, String management, List<BusinessCase.Option> options,
                          WholeLifeCost cost, FundingSource source, String detail) {
        aggregates.insert(new BusinessCase(UUID.randomUUID(), initiative.forceId(), initiative.id(), version, strategic,
                economic, commercial, financial, management, cost, source, detail, options, author, at));
        audit.record(AuditEntry.of(BusinessCases.RECORD_TYPE, initiative.id(), Operation.COLLECTION,
                "Loaded demo business case version " + version + " for " + initiative.reference()).inForce("WMP").by(DemoBusinessCaseAndEquality.DEMO));
    }

    private static BusinessCase.Option option(String title, String description, String cost, boolean preferred) {
        return new BusinessCase.Option(title, description, new BigDecimal(cost), preferred);
    }

    private static WholeLifeCost cost(String capitalOneOff, String capitalRecurring, String revenueOneOff,
                                      String revenueRecurring, int years) {
        return new WholeLifeCost(new BigDecimal(capitalOneOff), new BigDecimal(capitalRecurring),
                new BigDecimal(revenueOneOff), new BigDecimal(revenueRecurring), years);
    }
}
