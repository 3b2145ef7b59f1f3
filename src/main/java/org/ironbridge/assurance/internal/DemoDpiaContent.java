package org.ironbridge.assurance.internal;

import static org.ironbridge.assurance.internal.DpiaRisk.Effect.ELIMINATED;
import static org.ironbridge.assurance.internal.DpiaRisk.Effect.REDUCED;
import static org.ironbridge.assurance.internal.DpiaRisk.Likelihood.POSSIBLE;
import static org.ironbridge.assurance.internal.DpiaRisk.Likelihood.PROBABLE;
import static org.ironbridge.assurance.internal.DpiaRisk.Likelihood.REMOTE;
import static org.ironbridge.assurance.internal.DpiaRisk.RiskLevel.LOW;
import static org.ironbridge.assurance.internal.DpiaRisk.RiskLevel.MEDIUM;
import static org.ironbridge.assurance.internal.DpiaRisk.Severity.SEVERE;
import static org.ironbridge.assurance.internal.DpiaRisk.Severity.SIGNIFICANT;

import java.util.List;

/** The words of the two demo DPIAs, as WMP's assurance team would write them. */
final class DemoDpiaContent {

    static final String ANDI_ESRA_ADVICE = "Processing can begin on all 101 calls in December 2024. The measures reduce "
            + "every risk to low or medium and no residual risk is high, so prior consultation with the ICO is not needed. "
            + "Conditions: keep the share of vulnerable callers routed to a person under monthly review with the Ethics "
            + "Panel; publish the transparency information on the force website before go-live; review this DPIA by "
            + "January 2027, or sooner on any change to categories, routing rules or supplier.";

    private DemoDpiaContent() {
    }

    static Dpia.Content copilot() {
        return new Dpia.Content(
                "Microsoft Copilot applies a large language model to officers' and staff's mail, documents, Teams chats "
                        + "and meeting transcripts. The screening found law enforcement processing with new technology, "
                        + "special category and criminal offence data on a large scale, vulnerable people, and content "
                        + "combined from across Microsoft 365. It is the first AI initiative to come before the Change "
                        + "Board, which needs this DPIA with the Change Paper. Copilot gained National Accreditation "
                        + "recently, which is why the force is now formally considering enablement.",
                "Copilot retrieves content the signed-in user can already open (mail, OneDrive, SharePoint, Teams chats "
                        + "and meeting transcripts), sends it with the user's prompt to the model within the Microsoft 365 "
                        + "service boundary, and returns a draft or a summary to that user. Microsoft is the processor under "
                        + "the force's existing Microsoft 365 contract; prompts and responses are not used to train the "
                        + "model. Prompts and responses are kept in the Microsoft 365 audit log and Purview for 12 months. "
                        + "No new data is collected.",
                "A pilot for a limited group of licensed users in IT & Digital, Corporate Change and business support, "
                        + "before any wider use. The data is whatever those users can already reach: mail and documents "
                        + "include special category data (health, ethnicity, sex life) and criminal offence data about "
                        + "victims, witnesses, suspects and colleagues. Source records keep their own retention; Copilot "
                        + "interaction history is kept 12 months.",
                "The people whose data is processed are mostly members of the public named in mail and documents, "
                        + "with no control over, and no expectation of, AI summarising; victims and vulnerable people are "
                        + "among them, and so are colleagues. Public concern about police use of AI is high. Copilot is "
                        + "already live in other forces.",
                "Reduce administrative time by drafting and summarising documents, mail and meeting notes, so that "
                        + "officers and staff spend more of their time on policing. Copilot decides nothing about members of "
                        + "the public; any output used in a policing record is checked and owned by the officer who uses it.",
                "Consulted so far: the Data Protection Officer (initial advice, July 2025); Information Security and the "
                        + "Information Asset Owner for Microsoft 365 (permissions review); the pilot user group with staff "
                        + "associations; Microsoft on the service boundary and retention; two forces already live with "
                        + "Copilot on lessons learned. A referral to the Ethics Panel is pending. The public's views will "
                        + "be sought through the transparency record before any use beyond the pilot.",
                "Lawful basis: DPA 2018 s35(2)(b) for the law enforcement data in mail and documents; UK GDPR Art 6(1)(e) "
                        + "for HR and other content. Templates and dictation were considered and do not summarise. Function "
                        + "creep: a usage policy, and Copilot disabled in restricted sites (Professional Standards, covert "
                        + "policing). Minimisation: sensitivity labels exclude restricted libraries; permissions are "
                        + "cleaned up before licences are issued. Accuracy: outputs are checked and owned by the user, "
                        + "after compulsory training. Rights: the privacy notice is updated, and subject access searches "
                        + "cover Copilot interactions in Purview. Transfers: processing stays within the UK and EU data "
                        + "boundary.",
                List.of(LawfulBasis.PART3_NECESSARY, LawfulBasis.ART6_PUBLIC_TASK),
                List.of(SensitiveCondition.SCH8_STATUTORY, SensitiveCondition.ART9_EMPLOYMENT),
                List.of(risk(1, "Over-sharing through existing permissions: Copilot surfaces mail and documents a user "
                                + "can technically open but should not see (old SharePoint sites open to all staff, "
                                + "misfiled case material), exposing victims' and suspects' data inside the force.",
                                PROBABLE, SEVERE, "Audit and clean up SharePoint and Teams permissions before licences are "
                                        + "issued; restricted SharePoint search for the pilot; sensitivity labels exclude "
                                        + "restricted libraries; Purview alerts on over-sharing.", REDUCED, MEDIUM, true),
                        risk(2, "Inaccurate summaries or drafts enter policing records (a wrong time, name or account in "
                                + "a summary of a statement or file), harming investigations and people's rights.",
                                POSSIBLE, SEVERE, "Copilot barred from evidential documents (statements, MG forms) during "
                                        + "the pilot; every output checked and owned by the officer; compulsory training; "
                                        + "output errors reported and reviewed monthly.", REDUCED, MEDIUM, null),
                        risk(3, "Special category data in mail (health, ethnicity, sex life) is processed by the model and "
                                + "repeated in outputs beyond the purpose it was collected for.", POSSIBLE, SIGNIFICANT,
                                "Sensitivity labels and data loss prevention rules; the usage policy forbids prompting on "
                                        + "special category data except for its original purpose; Purview audit of "
                                        + "prompts.", REDUCED, LOW, true),
                        risk(4, "Prompt and response history is kept longer than needed, or missed on a subject access "
                                + "request.", POSSIBLE, SIGNIFICANT, "Retention of 12 months set in Purview; the subject "
                                + "access procedure searches Copilot interactions.", REDUCED, LOW, true)));
    }

    static Dpia.Content andiEsra() {
        return new Dpia.Content(
                "Andi-Esra is an AI voice assistant that will answer every 101 non-emergency call in WMP, the first AI in "
                        + "UK policing to serve the public directly. The screening found law enforcement processing with "
                        + "new technology, special category and criminal offence data on a large scale, automated "
                        + "categorisation and routing of callers, vulnerable callers, matching of crime references, and a "
                        + "risk of a caller being denied a service.",
                "The caller's speech is transcribed during the call; the assistant answers, gives advice, categorises "
                        + "the request, and either routes the caller to a call handler or channel-shifts them to the web "
                        + "portal, SMS or email. A caller asking for a crime update gives a crime reference, which is "
                        + "matched to the crime record so the update can be given or a message left for the officer in "
                        + "charge. Every call, its transcript, category and routing are written to the contact record.",
                "All 101 calls to WMP from December 2024: every caller's telephone number and speech, and what they "
                        + "disclose, which may include health, vulnerability and criminal offence data. Transcripts are "
                        + "kept with the contact record under its retention schedule.",
                "Callers are members of the public contacting the police, some of them vulnerable or victims of crime; "
                        + "they expect to be helped quickly and to reach a person when they need one. They are told at "
                        + "the start of the call that they are speaking to the force's AI assistant and how to reach a "
                        + "person. Funded by the STAR fund; public interest in AI answering police calls is high.",
                "Answer calls immediately, give advice, let callers request a crime update and message the officer in "
                        + "charge, prioritise vulnerable callers, and route or channel-shift the rest, so that call handlers "
                        + "can focus on complex or specialised calls and callers wait less.",
                "Consulted: the Data Protection Officer throughout design; the Ethics Panel, whose advice (including a "
                        + "threshold for vulnerable callers routed to a person) was reported to the Change Board; call "
                        + "handlers and Force Contact supervisors in design workshops; Information Security; the supplier "
                        + "on hosting and model training; victims' services on the wording for vulnerable callers.",
                "Lawful basis: DPA 2018 s35(2)(b) for reports of crime and updates; UK GDPR Art 6(1)(e) for other 101 "
                        + "enquiries. The assistant is necessary to answer every call at once, which call handlers alone "
                        + "cannot. Minimisation: only what the call needs is recorded; no voice prints are made. Accuracy: "
                        + "low-confidence categories go to a call handler; weekly review against call handler outcomes. "
                        + "Rights: callers can reach a person at any time, and the transparency information is published. "
                        + "The contract forbids use of force data to train the supplier's models; hosting is UK accredited.",
                List.of(LawfulBasis.PART3_NECESSARY, LawfulBasis.ART6_PUBLIC_TASK),
                List.of(SensitiveCondition.SCH8_STATUTORY, SensitiveCondition.SCH8_SAFEGUARDING,
                        SensitiveCondition.ART9_PUBLIC_INTEREST),
                List.of(risk(1, "A vulnerable caller is not recognised and is channel-shifted or kept waiting instead of "
                                + "reaching a call handler.", POSSIBLE, SEVERE, "Vulnerability and risk phrases always "
                                + "route to a call handler at once; any caller can ask for a person at any time; a daily "
                                + "sample of channel-shifted calls is reviewed; the Ethics Panel sets the threshold for "
                                + "vulnerable callers routed to a person.", REDUCED, MEDIUM, true),
                        risk(2, "A report is categorised wrongly and sent to the wrong queue, delaying the response.",
                                POSSIBLE, SIGNIFICANT, "Low-confidence categories go to a call handler; categories are "
                                        + "reviewed weekly against call handler outcomes.", REDUCED, LOW, true),
                        risk(3, "A crime update is given to someone who is not the victim but knows the crime reference.",
                                POSSIBLE, SIGNIFICANT, "Updates only to the telephone number recorded on the crime, after "
                                        + "a second check of details; otherwise the caller leaves a message for the officer "
                                        + "in charge.", REDUCED, LOW, true),
                        risk(4, "Call transcripts are kept longer than the contact record needs, or used for another "
                                + "purpose such as training the supplier's models.", REMOTE, SIGNIFICANT, "Transcripts are "
                                + "kept with the contact record under its retention schedule; the contract forbids any "
                                + "other use.", ELIMINATED, LOW, true),
                        risk(5, "Callers do not know they are speaking to an AI, or cannot reach a person.", POSSIBLE,
                                SIGNIFICANT, "The opening message says the caller is speaking to the force's AI assistant "
                                + "and how to reach a person; the same is published on the force website.", REDUCED, LOW,
                                true)));
    }

    private static DpiaRisk risk(int n, String description, DpiaRisk.Likelihood likelihood, DpiaRisk.Severity severity,
                                 String measure, DpiaRisk.Effect effect, DpiaRisk.RiskLevel residual, Boolean approved) {
        return new DpiaRisk(n, description, likelihood, severity, DpiaRisk.RiskLevel.of(likelihood, severity), measure,
                effect, residual, approved);
    }
}
