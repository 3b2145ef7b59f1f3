package org.ironbridge.assurance.internal;

import static org.ironbridge.assurance.internal.Conformity.MET;
import static org.ironbridge.assurance.internal.Conformity.NOT_MET;
import static org.ironbridge.assurance.internal.Conformity.PARTLY_MET;

import java.util.List;

/** What the demo's compliance tests answer, item by item, with the evidence and who reviewed it. */
final class DemoComplianceContent {

    record Row(String framework, String item, Conformity outcome, String evidence, String reviewer) {
    }

    private static final String DPA = "DPA-2018-PART-3";
    private static final String GDPR = "UK-GDPR";
    private static final String HRA = "HRA-1998-ART-8";
    private static final String ETHICS = "CODE-OF-ETHICS";
    private static final String SCC = "SURVEILLANCE-CAMERA-CODE";
    private static final String EQA = "EQUALITY-ACT-2010";
    private static final String ICO = "ICO-AI-GUIDANCE";
    private static final String COVENANT = "NPCC-AI-COVENANT";
    private static final String DIGITAL = "NPCC-DIGITAL-ETHICS";

    private DemoComplianceContent() {
    }

    private static Row dpo(String framework, String item, Conformity outcome, String evidence) {
        return new Row(framework, item, outcome, evidence, "dpo");
    }

    private static Row cp(String framework, String item, Conformity outcome, String evidence) {
        return new Row(framework, item, outcome, evidence, "practitioner");
    }

    /** Answered in November 2024, before go-live, against the national baseline of every checklist. */
    static final List<Row> ANDI_ESRA = List.of(
            dpo(DPA, "S35", MET, "101 calls report crime and ask for police help: handling them is a task for a law "
                    + "enforcement purpose. Vulnerability indicators are sensitive processing, strictly necessary to "
                    + "safeguard callers at risk (Schedule 8), and covered by the force's appropriate policy document."),
            dpo(DPA, "S36", MET, "Speech is used to handle the call and record it on the contact record, and for nothing "
                    + "else; the supplier may not use call data to train its models."),
            dpo(DPA, "S37", PARTLY_MET, "The full transcript of every call is kept, routine enquiries included. Force "
                    + "Contact is reviewing whether routine enquiries need a full transcript."),
            dpo(DPA, "S38", MET, "Details are confirmed back to the caller; the category is recorded as the assistant's "
                    + "assessment, apart from what the caller said, and a call handler can correct it."),
            dpo(DPA, "S39", PARTLY_MET, "Call records follow the force's contact-record retention; the supplier's retention "
                    + "of audio on its platform is still to be confirmed in writing."),
            dpo(DPA, "S40", MET, "Hosted on accredited infrastructure connected to the force's telephony, assessed "
                    + "against the National Police Information Risk Management standards before go-live."),
            dpo(DPA, "S62", MET, "Every call, its transcript, its category and where it was routed are written to the "
                    + "contact record; access to contact records is logged by the contact platform."),
            dpo(DPA, "S64", MET, "A DPIA was carried out before go-live and signed off by the Data Protection Officer."),
            dpo(GDPR, "FAIRNESS", MET, "Callers are told at the start that they are speaking to an AI assistant and can ask "
                    + "for a person at any time."),
            dpo(GDPR, "TRANSPARENCY", PARTLY_MET, "The force's contact page explains the assistant; the privacy notice is "
                    + "being updated to describe the AI processing in plain language."),
            dpo(GDPR, "ACCOUNTABILITY", MET, "Named senior responsible owner (Head of Force Contact), DPIA, Ethics Panel "
                    + "advice and the Change Board's decision are on record."),
            dpo(GDPR, "PROPORTIONALITY", MET, "It uses only the caller's speech, number and any crime reference they give; "
                    + "other systems are read only to answer a crime update request."),
            dpo(HRA, "LAW", MET, "Answering calls for service is part of the police's duties in law; the force's contact "
                    + "page describes how the assistant is used."),
            dpo(HRA, "AIM", MET, "The prevention of disorder or crime and the protection of the rights of others: callers "
                    + "reach the right help sooner."),
            dpo(HRA, "NECESSARY", MET, "Low intrusion: callers choose to call and are told it is an AI. The alternative, "
                    + "longer waits for everyone, harms vulnerable callers most, and every caller can still reach a person."),
            cp(ETHICS, "COURAGE", MET, "The Ethics Panel's challenge on vulnerable callers was accepted: any doubt routes to "
                    + "a person, and the criteria for withdrawing the assistant went to the Change Board."),
            cp(ETHICS, "RESPECT", MET, "Vulnerable callers are prioritised to a call handler; the assistant's script was "
                    + "written with Force Contact's call handlers."),
            cp(ETHICS, "PUBLIC-SERVICE", MET, "Calls are answered immediately, and call handlers are freed for complex and "
                    + "specialised calls."),
            dpo(EQA, "S149", MET, "The equality impact assessment is kept with the initiative; the fairness section of the "
                    + "impact assessment records the expected impact on each protected characteristic."),
            dpo(EQA, "S19", PARTLY_MET, "Speech recognition may understand some accents and speech impairments less well. "
                    + "Mitigated by sending any call not understood to a person; the share of calls not categorised is to "
                    + "be monitored after go-live."),
            dpo(ICO, "ACCOUNTABILITY", MET, "DPIA, named owner, supplier contract setting the force as controller."),
            dpo(ICO, "LAWFUL-FAIR-TRANSPARENT", MET, "Lawful basis recorded; bias risks mitigated by routing to a person; "
                    + "callers told they are speaking to an AI."),
            dpo(ICO, "ACCURACY", MET, "Tested against call handlers' own categorisation before go-live; categorisation "
                    + "errors are monitored weekly; the category is recorded as the assistant's assessment."),
            dpo(ICO, "SECURITY-MINIMISATION", MET, "Accredited hosting; only what the caller says is processed."),
            dpo(ICO, "INDIVIDUAL-RIGHTS", MET, "No decision with a significant effect is based solely on automated "
                    + "processing: any caller can reach a person. Subject access covers call records."),
            cp(COVENANT, "LAWFUL", MET, "See the Data Protection Act and Human Rights Act items."),
            cp(COVENANT, "TRANSPARENT", PARTLY_MET, "The contact page explains the assistant; the force's public AI "
                    + "transparency record is still to be published."),
            cp(COVENANT, "EXPLAINABLE", MET, "The contact record shows what was recognised, the category and the routing."),
            cp(COVENANT, "RESPONSIBLE", MET, "The Ethics Panel advised; its condition on vulnerable callers is built in."),
            cp(COVENANT, "ACCOUNTABLE", MET, "The Head of Force Contact is accountable; call handlers decide every call "
                    + "that reaches them."),
            cp(COVENANT, "ROBUST", MET, "Tested before go-live and monitored weekly; calls revert to call handlers the same "
                    + "day if it fails."),
            cp(DIGITAL, "PUBLIC-GOOD", MET, "Immediate answers on 101 and more call handler time for complex calls."),
            cp(DIGITAL, "LEGITIMACY", PARTLY_MET, "Explained on the force's website; callers' feedback is to be sought "
                    + "after go-live."),
            cp(DIGITAL, "RIGHTS", MET, "See the Human Rights Act items."),
            cp(DIGITAL, "FAIRNESS", MET, "See the Equality Act items and the impact assessment's fairness section."),
            cp(DIGITAL, "TRANSPARENCY", MET, "Callers are told it is an AI; the contact page explains it."),
            cp(DIGITAL, "ACCOUNTABILITY", MET, "Named owner; the Ethics Panel's advice was reported to the Change Board."),
            cp(DIGITAL, "REVIEW", MET, "Weekly monitoring, monthly reporting and withdrawal criteria on the register."));

    /** Answered in August 2025 for the Change Paper: the formal evaluation the Change Board will discuss. */
    static final List<Row> COPILOT = List.of(
            dpo(DPA, "S35", PARTLY_MET, "Lawful where officers use it for law enforcement tasks they already do. The pilot's "
                    + "acceptable-use rules keep special category data out until the appropriate policy document covers it."),
            dpo(DPA, "S36", MET, "Used only to draft and summarise the user's own work; force data is not used to train the "
                    + "model."),
            dpo(DPA, "S37", MET, "Copilot sees only what the signed-in user may already see; no new data is collected."),
            dpo(DPA, "S38", PARTLY_MET, "Generated text can be wrong: any output used in a policing record must be checked "
                    + "and owned by the officer who uses it."),
            dpo(DPA, "S39", MET, "Prompts and responses are kept for 12 months in the Microsoft 365 audit log and Purview, "
                    + "then deleted under the retention schedule."),
            dpo(DPA, "S40", MET, "National Accreditation obtained; runs within the force's Microsoft 365 tenancy under "
                    + "existing permissions."),
            dpo(DPA, "S62", MET, "Prompts and responses are in the Microsoft 365 audit log alongside the existing logs of "
                    + "access to content."),
            dpo(DPA, "S64", PARTLY_MET, "The pilot DPIA is drafted and with the Data Protection Officer for sign-off before "
                    + "the Change Board."),
            dpo(GDPR, "FAIRNESS", MET, "Staff use it on their own work; it makes no decision about anyone."),
            dpo(GDPR, "TRANSPARENCY", PARTLY_MET, "Pilot users are briefed; the staff privacy notice is being updated."),
            dpo(GDPR, "ACCOUNTABILITY", MET, "System owner named; evaluation going to the Change Board."),
            dpo(GDPR, "PROPORTIONALITY", MET, "Licences only for the pilot's teams; no new data collected."),
            dpo(HRA, "LAW", MET, "Within processing the force already does lawfully, under the pilot's acceptable-use rules."),
            dpo(HRA, "AIM", MET, "Less administrative time, so more time for policing: the protection of the rights of others."),
            dpo(HRA, "NECESSARY", PARTLY_MET, "The time saved is to be measured in the pilot; proportionality is reviewed at "
                    + "its end."),
            cp(ETHICS, "COURAGE", MET, "Users are told to report wrong or harmful output, and how."),
            cp(ETHICS, "RESPECT", MET, "Users must not put a member of the public's details into a prompt beyond what the "
                    + "task needs."),
            cp(ETHICS, "PUBLIC-SERVICE", MET, "Time released from administration goes back to policing."),
            dpo(EQA, "S149", MET, "Equality impact assessment with the initiative; benefit expected for staff who find "
                    + "writing slow."),
            dpo(EQA, "S19", PARTLY_MET, "Pilot licences go to selected teams; the selection is being checked so that "
                    + "part-time and disabled staff are not left out."),
            dpo(ICO, "ACCOUNTABILITY", MET, "Controller and processor roles set out in the Microsoft agreement."),
            dpo(ICO, "LAWFUL-FAIR-TRANSPARENT", MET, "See the Data Protection Act and UK GDPR items."),
            dpo(ICO, "ACCURACY", PARTLY_MET, "Outputs are drafts, not facts; the pilot samples summaries against their "
                    + "sources."),
            dpo(ICO, "SECURITY-MINIMISATION", MET, "National Accreditation; existing permissions; nothing new collected."),
            dpo(ICO, "INDIVIDUAL-RIGHTS", MET, "It makes no decisions about people; subject access covers prompts and "
                    + "responses held in Purview."),
            cp(COVENANT, "LAWFUL", MET, "See the Data Protection Act and Human Rights Act items."),
            cp(COVENANT, "TRANSPARENT", PARTLY_MET, "To be added to the force's public AI transparency record if approved."),
            cp(COVENANT, "EXPLAINABLE", MET, "The user can see the sources a summary was drawn from."),
            cp(COVENANT, "RESPONSIBLE", MET, "Acceptable-use rules and user briefing for the pilot."),
            cp(COVENANT, "ACCOUNTABLE", MET, "The person who uses an output owns it; the system owner is named."),
            cp(COVENANT, "ROBUST", MET, "Nationally accredited, and already live in other forces."),
            cp(DIGITAL, "PUBLIC-GOOD", MET, "Administrative time released for policing."),
            cp(DIGITAL, "LEGITIMACY", MET, "A tool already used across the public sector and in other forces."),
            cp(DIGITAL, "RIGHTS", MET, "See the Human Rights Act items."),
            cp(DIGITAL, "FAIRNESS", MET, "See the Equality Act items."),
            cp(DIGITAL, "TRANSPARENCY", PARTLY_MET, "Staff are told; the public transparency record follows approval."),
            cp(DIGITAL, "ACCOUNTABILITY", MET, "System owner named; monthly review of a sample of uses."),
            cp(DIGITAL, "REVIEW", MET, "Pilot evaluation and withdrawal criteria on the register."),
            cp(DIGITAL, "LOCAL-1", PARTLY_MET, "Referred to the Ethics Panel; its advice is awaited and will go to the "
                    + "Change Board with the Change Paper."));

    /** Answered in October 2024 at formal assessment, where the tool was rejected. */
    static final List<Row> FACIAL_RECOGNITION = List.of(
            dpo(DPA, "S35", NOT_MET, "No published force policy or lawful basis for operator-initiated searches; biometric "
                    + "processing for identification is sensitive processing, and no appropriate policy document covers it."),
            dpo(DPA, "S36", PARTLY_MET, "The supplier describes investigative searches, but the force has not specified the "
                    + "purpose or the offences it would be used for."),
            dpo(DPA, "S37", NOT_MET, "The whole custody image database would be uploaded, not only what searches need."),
            dpo(DPA, "S38", PARTLY_MET, "Custody images are reviewed on the force's systems, but candidate matches would not "
                    + "be marked as unverified intelligence."),
            dpo(DPA, "S39", NOT_MET, "The supplier gave no retention or deletion terms for uploaded images."),
            dpo(DPA, "S40", NOT_MET, "Offshore hosting outside the Police Secure Network; no accreditation offered."),
            dpo(DPA, "S62", PARTLY_MET, "The supplier logs searches but could not say whether the logs show who searched."),
            dpo(DPA, "S64", NOT_MET, "No DPIA could be completed: the supplier did not provide the information it needs."),
            dpo(HRA, "LAW", NOT_MET, "No published policy saying when and how searches would be made."),
            dpo(HRA, "AIM", MET, "The prevention and detection of crime."),
            dpo(HRA, "NECESSARY", NOT_MET, "Without accuracy evidence the force cannot show it is necessary, or that the "
                    + "intrusion on people wrongly returned as candidates is proportionate."),
            dpo(SCC, "P1", PARTLY_MET, "A legitimate aim (investigating crime), but no pressing need shown that existing image "
                    + "searches do not meet."),
            dpo(SCC, "P2", NOT_MET, "No assessment of the effect on people wrongly returned as candidates."),
            dpo(SCC, "P3", NOT_MET, "No plan to publish its use or a contact point."),
            dpo(SCC, "P4", PARTLY_MET, "Investigations would own it; the supplier's responsibilities for uploaded images are "
                    + "undefined."),
            dpo(SCC, "P5", NOT_MET, "No policy or procedures for its use."),
            dpo(SCC, "P6", NOT_MET, "The whole database would be uploaded and kept by the supplier."),
            dpo(SCC, "P7", PARTLY_MET, "The force's access controls would apply to searches, but not to the supplier's staff."),
            dpo(SCC, "P8", NOT_MET, "No accuracy or bias testing, and no operator competency standard."),
            dpo(SCC, "P9", NOT_MET, "Offshore hosting with no accreditation."),
            dpo(SCC, "P10", NOT_MET, "No review, audit or published reports proposed."),
            dpo(SCC, "P11", PARTLY_MET, "Ranked candidates could support investigations, but their evidential value is "
                    + "unclear without accuracy data."),
            dpo(SCC, "P12", NOT_MET, "The supplier's copy of the custody images would not follow the force's reviews and "
                    + "deletions."),
            dpo(EQA, "S149", NOT_MET, "No equality impact assessment; the supplier gave no testing by sex, age or ethnicity."),
            dpo(EQA, "S19", NOT_MET, "Higher false match rates for some groups cannot be ruled out: the tool is untested for "
                    + "them."));
}
