package org.ironbridge.assurance.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** What the demo's impact assessments say: grounded in the board papers, and inventing no figures. */
final class DemoAiaContent {

    private DemoAiaContent() {
    }

    static ImpactAssessment andiEsra(UUID system) {
        Map<ProtectedCharacteristic, ImpactAssessment.Fairness> fairness = new EnumMap<>(ProtectedCharacteristic.class);
        fairness.put(ProtectedCharacteristic.AGE, f(ExpectedImpact.UNKNOWN, "Some older callers may find a voice "
                + "assistant harder to use. Every caller is offered a person at the start of the call, and abandoned calls "
                + "are monitored; the caller's age is not known, so the effect cannot be measured directly."));
        fairness.put(ProtectedCharacteristic.DISABILITY, f(ExpectedImpact.NEGATIVE, "Callers with a speech impairment, or "
                + "who are deaf or hard of hearing, may not be understood. Mitigated: any call the assistant cannot "
                + "categorise goes to a call handler, and text relay and Single Online Home remain open. Vulnerable "
                + "callers are prioritised to a person."));
        fairness.put(ProtectedCharacteristic.GENDER_REASSIGNMENT, f(ExpectedImpact.NONE, "The assistant does not ask "
                + "about or infer gender identity; categorisation uses what the caller says about their call."));
        fairness.put(ProtectedCharacteristic.MARRIAGE_CIVIL_PARTNERSHIP, f(ExpectedImpact.NONE, "Not relevant to how "
                + "calls are answered or categorised."));
        fairness.put(ProtectedCharacteristic.PREGNANCY_MATERNITY, f(ExpectedImpact.NONE, "Not relevant to how calls are "
                + "categorised; a caller who says they are pregnant and at risk is treated as vulnerable and goes to a person."));
        fairness.put(ProtectedCharacteristic.RACE, f(ExpectedImpact.UNKNOWN, "Speech recognition can be less accurate for "
                + "some accents and for callers whose first language is not English (national origin). Calls not understood "
                + "go to a call handler, who can bring in an interpreter as before. The share of calls the assistant could "
                + "not categorise is monitored monthly."));
        fairness.put(ProtectedCharacteristic.RELIGION_BELIEF, f(ExpectedImpact.NONE, "Not relevant to how calls are "
                + "categorised; hate crime reports are routed to a person."));
        fairness.put(ProtectedCharacteristic.SEX, f(ExpectedImpact.NONE, "Categorisation uses what the caller says, not "
                + "who they are. Domestic abuse disclosures are treated as vulnerable and go to a person."));
        fairness.put(ProtectedCharacteristic.SEXUAL_ORIENTATION, f(ExpectedImpact.NONE, "Not relevant to how calls are "
                + "categorised; hate crime reports are routed to a person."));

        Map<ExplanationType, String> explanations = new EnumMap<>(ExplanationType.class);
        explanations.put(ExplanationType.RATIONALE, "The contact record shows the category the assistant gave, the words "
                + "it recognised and where it routed the call; a call handler can read them to the caller.");
        explanations.put(ExplanationType.RESPONSIBILITY, "Force Contact owns the service and the Head of Force Contact is "
                + "accountable for it. The force's contact page says how to reach a person and how to complain.");
        explanations.put(ExplanationType.DATA, "The caller's speech, telephone number and any crime reference number they "
                + "give, as the force's contact page and privacy notice explain.");
        explanations.put(ExplanationType.SAFETY_PERFORMANCE, "Testing before go-live and the weekly monitoring of "
                + "categorisation are reported to the project board and were shared with the Ethics Panel.");
        explanations.put(ExplanationType.IMPACT, "Callers are told at the start that they are speaking to an AI assistant "
                + "and that they can ask for a person at any time.");

        Map<AlgoCareItem, ImpactAssessment.AlgoCare> algoCare = new EnumMap<>(AlgoCareItem.class);
        algoCare.put(AlgoCareItem.ADVISORY, a(Conformity.PARTLY_MET, "Routine enquiries are channel-shifted without a person, "
                + "but every caller can reach a call handler, and a person takes every call flagged as vulnerable."));
        algoCare.put(AlgoCareItem.LAWFUL, a(Conformity.MET, "Handling calls for service is a law enforcement task; the DPIA and "
                + "the compliance test record the lawful basis and the Schedule 8 condition for vulnerability indicators."));
        algoCare.put(AlgoCareItem.GRANULARITY, a(Conformity.MET, "It categorises calls into the categories call handlers already "
                + "use, and sends any call it cannot categorise with confidence to a person."));
        algoCare.put(AlgoCareItem.OWNERSHIP, a(Conformity.PARTLY_MET, "The platform and speech model are the supplier's; the "
                + "force owns the call data and the categorisation rules and can change them through Force Contact's "
                + "change control."));
        algoCare.put(AlgoCareItem.CHALLENGEABLE, a(Conformity.MET, "Every caller can ask for a person; complaints can be "
                + "investigated from the transcript and category kept on the contact record."));
        algoCare.put(AlgoCareItem.ACCURACY, a(Conformity.MET, "Tested against call handlers' own categorisation of recorded "
                + "calls before go-live; categories a call handler changes are counted as errors and reported monthly."));
        algoCare.put(AlgoCareItem.RESPONSIBLE, a(Conformity.MET, "The Ethics Panel's advice was reported to the Change Board "
                + "before go-live, and its condition on vulnerable callers is built in."));
        algoCare.put(AlgoCareItem.EXPLAINABLE, a(Conformity.PARTLY_MET, "The force can explain what the assistant recognised and "
                + "what it did with it, but not how the supplier's speech model recognised a particular word."));

        return new ImpactAssessment(null, system, false, false,
                "Members of the public who call 101, including vulnerable callers (people in crisis, victims of domestic "
                        + "abuse, older and disabled callers, callers with little English); victims who use it to request a "
                        + "crime update and the officers in charge who receive their messages; and Force Contact's call "
                        + "handlers, whose work moves to complex and specialised calls. Callers are affected by how quickly "
                        + "they are answered, the advice they are given, and whether they are routed to a person or "
                        + "channel-shifted to the web, SMS or email.",
                AutomationLevel.PARTLY_AUTOMATED,
                "Andi-Esra answers and categorises every 101 call. A call handler takes every call it flags as vulnerable "
                        + "or cannot categorise with confidence, and every caller who asks for a person; vulnerability "
                        + "prompts reach call handlers in real time. Force Contact supervisors review a sample of "
                        + "categorised calls each week.",
                "Every caller can reach a call handler at any point in the call, and is told so at the start. A caller "
                        + "unhappy with the advice or the routing can call back, use Single Online Home or complain through "
                        + "the force's complaints process; the transcript and category on the contact record let the "
                        + "complaint be investigated.",
                "Categorisation was tested against call handlers' own categorisation of recorded calls before go-live, "
                        + "and is monitored weekly from the contact record: a category a call handler later changes is "
                        + "counted as an error. The results go to the project board each month.",
                "A caller is categorised as vulnerable, or as needing a person, when they are not: an unnecessary transfer "
                        + "to a call handler.",
                "The force: call handler time, and a longer wait for other callers in the queue. The caller loses little.",
                "A vulnerable caller is mis-categorised as routine and channel-shifted or given automated advice, or a call "
                        + "that needs police attendance is treated as an enquiry.",
                "The caller, and it can be serious: safeguarding or attendance delayed for a vulnerable person. That is why "
                        + "any doubt routes to a person and the vulnerability prompts are set to prefer unnecessary transfers.",
                "How the supplier's speech model recognised a particular word; the force can say only what it recognised "
                        + "and what the assistant did with it.",
                fairness, explanations, algoCare, 0, null, null, null, null);
    }

    static ImpactAssessment allocationBot(UUID system) {
        return new ImpactAssessment(null, system, false, true,
                "Officers and staff who record new investigations in Connect; the units the investigations are allocated "
                        + "to; the Crime Services Team, who allocated them by hand before; and, indirectly, victims, whose "
                        + "investigation reaches the right unit sooner.",
                AutomationLevel.AUTOMATED_WITH_REVIEW,
                "The Crime Services Team watches the allocation queue every day and any supervisor can reallocate an "
                        + "investigation. The allocation rules change only through IT & Digital's change control.",
                "A unit or officer who disagrees with an allocation asks the Crime Services Team to reallocate it; the rule "
                        + "that applied is in the investigation's audit history.",
                "Each allocation follows a written rule on offence type and location, so the bot does the same thing every "
                        + "time; errors come from gaps in the rules or wrong offence data. Reallocations are counted each "
                        + "month against the switch-off threshold in the register.",
                "An investigation allocated to a unit that should not hold it.",
                "The receiving unit, which passes it on; and the victim, through a short delay.",
                "An investigation the rules do not cover, which the bot leaves unallocated.",
                "The Crime Services Team, which allocates it by hand, as it did before the bot.",
                null, Map.of(), Map.of(), Map.of(), 0, null, null, null, null);
    }

    /** Copilot's assessment is in progress: the Change Paper goes with the compliance test and this draft. */
    static ImpactAssessment copilotDraft(UUID system) {
        Map<ProtectedCharacteristic, ImpactAssessment.Fairness> fairness = new EnumMap<>(ProtectedCharacteristic.class);
        fairness.put(ProtectedCharacteristic.DISABILITY, f(ExpectedImpact.POSITIVE, "Staff with dyslexia and other "
                + "conditions that make writing slow are expected to benefit from drafting and summarising; to be tested "
                + "with the staff disability network in the pilot."));
        fairness.put(ProtectedCharacteristic.AGE, f(ExpectedImpact.UNKNOWN, null));
        Map<AlgoCareItem, ImpactAssessment.AlgoCare> algoCare = new EnumMap<>(AlgoCareItem.class);
        algoCare.put(AlgoCareItem.ADVISORY, a(Conformity.MET, "It drafts and summarises; the person who uses an output decides "
                + "whether to use it and owns it."));
        algoCare.put(AlgoCareItem.LAWFUL, a(Conformity.PARTLY_MET, "Lawful for the pilot's uses; the acceptable-use rules are "
                + "awaiting the Data Protection Officer's sign-off."));
        return new ImpactAssessment(null, system, false, false,
                "Officers and staff given a licence in the pilot; the people whose details appear in the documents, "
                        + "emails and meetings it summarises; and the public, through any policing record an officer "
                        + "drafts with it.",
                AutomationLevel.ADVISORY,
                "Every output is a draft for the person who asked for it; they check it and own anything they use. The "
                        + "pilot's team leads review a sample of uses each month.",
                null,
                "To be measured in the pilot by sampling summaries against their sources.",
                "Text that is wrong but reads as right: a summary that misstates what a document or meeting said, or a "
                        + "draft with an error its author does not catch.",
                null, null, null, null, fairness, Map.of(), algoCare, 0, null, null, null, null);
    }

    private static ImpactAssessment.Fairness f(ExpectedImpact impact, String evidence) {
        return new ImpactAssessment.Fairness(impact, evidence);
    }

    private static ImpactAssessment.AlgoCare a(Conformity rating, String evidence) {
        return new ImpactAssessment.AlgoCare(rating, evidence);
    }
}
