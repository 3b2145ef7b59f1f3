package org.ironbridge.ideas.internal;

import static org.ironbridge.ideas.IdeaStatus.ALREADY_BEING_DONE;
import static org.ironbridge.ideas.IdeaStatus.APPROVED;
import static org.ironbridge.ideas.IdeaStatus.DECLINED;
import static org.ironbridge.ideas.IdeaStatus.DUPLICATE;
import static org.ironbridge.ideas.IdeaStatus.IMPLEMENTED_LOCALLY;
import static org.ironbridge.ideas.IdeaStatus.IN_TRIAGE;
import static org.ironbridge.ideas.IdeaStatus.NEEDS_MORE_INFORMATION;
import static org.ironbridge.ideas.IdeaStatus.SHORTLISTED;
import static org.ironbridge.ideas.IdeaStatus.SUBMITTED;
import static org.ironbridge.ideas.IdeaStatus.UNDER_ASSESSMENT;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.ironbridge.access.Classification;
import org.ironbridge.audit.AuditEntry;
import org.ironbridge.audit.AuditTrail;
import org.ironbridge.audit.Operation;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.people.UnitSummary;
import org.ironbridge.portfolio.InitiativeProposal;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.InitiativeType;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year and more of WMP's portal: over sixty ideas as staff wrote them, across business areas and every
 * status, with the answers moderators gave. They include the two the seeds name as outcomes of the portal
 * (the MG11 statement upload and Solicitor Initial Contact), near-duplicates merged into their originals,
 * and declined ideas with their reasons. Dates are set back from the clock so ages and service levels look
 * lived-in. Never loaded in production.
 */
@Component
@Profile("!prod")
@ConditionalOnProperty(name = "ironbridge.demo.enabled", havingValue = "true")
@Order(30)
class DemoIdeas implements ApplicationRunner {

    /** What became of a demo idea: its status, when it was first answered and decided (days after submission), and the answer. */
    private record Fate(IdeaStatus status, int firstResponse, int decision, String answer, String reason, String link,
                        Classification classification) {
    }

    private record Demo(String by, String area, int daysAgo, boolean anonymous, String title, String problem,
                        String change, String benefit, Integer hours, String money, Fate fate) {
    }

    private static Fate waiting() {
        return new Fate(SUBMITTED, -1, -1, null, null, null, Classification.OFFICIAL);
    }

    private static Fate triage(int first) {
        return new Fate(IN_TRIAGE, first, -1, null, null, null, Classification.OFFICIAL);
    }

    private static Fate question(int first, String question) {
        return new Fate(NEEDS_MORE_INFORMATION, first, -1, question, null, null, Classification.OFFICIAL);
    }

    private static Fate assessing(int first) {
        return new Fate(UNDER_ASSESSMENT, first, -1, null, null, null, Classification.OFFICIAL);
    }

    private static Fate shortlisted(int first) {
        return new Fate(SHORTLISTED, first, -1, null, null, null, Classification.OFFICIAL);
    }

    /** Approved; {@code initiative} names the initiative it became, or null to propose a new one. */
    private static Fate approved(int first, int decision, String initiative, String answer) {
        return new Fate(APPROVED, first, decision, answer, null, initiative, Classification.OFFICIAL);
    }

    private static Fate declined(int first, int decision, String reason, String answer) {
        return new Fate(DECLINED, first, decision, answer, reason, null, Classification.OFFICIAL);
    }

    private static Fate duplicateOf(int first, String originalTitle) {
        return new Fate(DUPLICATE, first, first, null, null, originalTitle, Classification.OFFICIAL);
    }

    private static Fate covered(int first, String initiative, String answer) {
        return new Fate(ALREADY_BEING_DONE, first, first, answer, null, initiative, Classification.OFFICIAL);
    }

    private static Fate local(int first, String answer) {
        return new Fate(IMPLEMENTED_LOCALLY, first, first + 5, answer, null, null, Classification.OFFICIAL);
    }

    private static Fate sensitive(Fate fate) {
        return new Fate(fate.status(), fate.firstResponse(), fate.decision(), fate.answer(), fate.reason(), fate.link(),
                Classification.OFFICIAL_SENSITIVE);
    }

    private static final String MG11 = "Let a robot upload MG11 statements taken on mobile devices";
    private static final String TEXT_BACK = "Text back 101 callers who abandon the queue";
    private static final String DOCKING = "Body-worn video docking stations in every patrol base";
    private static final String FOOTWEAR = "Scan footwear marks at the scene instead of photographing them";
    private static final String CUSTODY_TABLET = "Tablets for custody detainees to read their rights in their own language";

    private static final List<Demo> IDEAS = List.of(
            // The seeds' outcomes of the portal
            new Demo("practitioner", "INVESTIGATIONS", 2115, false, MG11,
                    "Officers who take a witness statement on an MG11 form at the scene drive back to a station to scan "
                            + "and upload it to the investigation. It happens every shift on every LPA, and the back page "
                            + "with the witness's personal details often gets linked by mistake.",
                    "Officers complete the MG11 digitally on their mobile or laptop, and a robot uploads it and links it "
                            + "to the right investigation, leaving out the back page.",
                    "Statements reach investigators sooner, only the relevant data is linked, and officers stay on patrol "
                            + "instead of returning to base.", 800, null,
                    approved(6, 41, "RPA: MG11 statement upload", "Approved by the Change Board: the robotic process "
                            + "automation team will build it.")),
            new Demo("staff", "INVESTIGATIONS", 1162, false,
                    "Automate solicitors' requests for initial disclosure documents",
                    "Custody and investigation staff answer solicitors' requests for initial contact documents by hand: "
                            + "finding the record, checking it and emailing the documents. Several hundred requests a month.",
                    "Give solicitors a form that a robot answers: it finds the documents, checks what may be released "
                            + "and sends them, passing anything unusual to a person.",
                    "Hours of staff time released every month and costs avoided on printing and postage.", 60, "22000",
                    approved(4, 58, "RPA: Solicitor Initial Contact", "Approved: it becomes the Solicitor Initial Contact "
                            + "automation.")),
            new Demo("iao", "IT-DIGITAL", 540, false, "Recycle old laptops through a certified social enterprise",
                    "Laptops replaced in the Windows 11 roll-out are stored in boxes at Lloyd House waiting for disposal, "
                            + "costing storage and a disposal fee per unit.",
                    "Wipe them to the national standard and pass them to a certified social enterprise that refurbishes "
                            + "them for schools.",
                    "A disposal fee saved on each laptop and a social value return for the force.", null, "45000",
                    approved(3, 35, "Device recycling and resale", "Approved as part of device recycling and resale.")),
            new Demo("staff", "LPA-BE", 470, false, "Pocket notebook on the phone instead of paper",
                    "Response officers on Birmingham East still write pocket notebook entries on paper and type the same "
                            + "details into Connect later, every shift.",
                    "A digital pocket notebook on the force phone, with entries time-stamped and synchronised to Connect.",
                    "Officer time back on patrol and entries that cannot be altered afterwards.", 2000, null,
                    approved(5, 63, "Digital Pocket Notebook", "Approved: it has become the Digital Pocket Notebook.")),
            new Demo("board.member", "INVESTIGATIONS", 430, false, "One dashboard of every open investigation for supervisors",
                    "Sergeants build a spreadsheet each week from Connect to see their team's open investigations, "
                            + "overdue actions and victims not updated. It takes two hours per team per week.",
                    "A live dashboard from Connect showing each team's open investigations and what is overdue.",
                    "Supervisor hours saved and fewer victims left without an update.", 400, null,
                    approved(6, 52, "Investigations Dashboard", "Approved: part of the Investigations Dashboard.")),
            new Demo("practitioner", "LPA-BW", 180, false, "One form for reporting missing people from care homes",
                    "Care homes in Birmingham West report missing residents by phone, and call handlers re-type the same "
                            + "details every time, including photographs sent separately by email.",
                    "A secure online form for registered care homes, pre-filled with the resident's details held from "
                            + "earlier reports.",
                    "Faster searches for vulnerable missing people and less time on the phone for call handlers.", 150, null,
                    approved(4, 61, null, "Approved: it is now a proposed process change in the portfolio.")),
            // Waiting for a first response (two are overdue)
            new Demo("staff", "LPA-WAL", 19, false, DOCKING,
                    "At Walsall, officers queue at the end of a shift to dock body-worn cameras because there are only "
                            + "two docking stations, so footage is uploaded late.",
                    "Install a docking station in every patrol base and allow docking at any station, not only the home one.",
                    "Evidence uploaded the same day and overtime at the end of shifts reduced.", 200, null, waiting()),
            new Demo("staff", "LPA-SOL", 16, false, "Let officers book pool cars from their phone",
                    "Pool cars at Solihull are booked on a paper sheet at the front desk, so officers walk over to find "
                            + "none free, and cars sit unused when bookings are not cancelled.",
                    "A booking page on the force phone that shows which cars are free and releases unused bookings.",
                    "Officer time saved and better use of the fleet.", 40, null, waiting()),
            new Demo("pm", "CORP-CHANGE", 6, false, "Publish the change calendar on the intranet",
                    "Teams hear about changes to their systems a week before go-live, and two changes often land on the "
                            + "same team in the same week.",
                    "Publish the change calendar of every initiative's go-live dates on the intranet, by team.",
                    "Fewer clashes and better-prepared teams.", null, null, waiting()),
            new Demo("staff", "LPA-DUD", 4, true, "Automatic reminders for bail return dates",
                    "Officers in Dudley miss pre-charge bail return dates because reminders are kept in personal diaries.",
                    "Connect sends the officer in the case and their sergeant a reminder seven days before a bail date.",
                    "Fewer lapsed bails and fewer complaints from victims.", 60, null, waiting()),
            new Demo("ethics", "CORP-DEV", 3, false, "Plain-English summaries of new policies",
                    "New policies arrive as forty-page documents and most officers read only the title.",
                    "Every new policy comes with a one-page plain-English summary of what changes for whom.",
                    "Policies understood and followed.", null, null, waiting()),
            new Demo("staff", "LPA-COV", 2, false, "QR codes on crime prevention leaflets",
                    "Crime prevention leaflets handed out in Coventry go out of date and cannot say when advice changes.",
                    "Print a QR code on each leaflet that opens the current advice on the force website.",
                    "Up-to-date advice and printing saved.", null, "3000", waiting()),
            new Demo("dpo", "INFO-MGMT", 1, false, "Automatic retention review for old intelligence records",
                    "Intelligence records past their review date are reviewed by hand, and the backlog grows every month.",
                    "Flag records due for review automatically and queue them by risk for the reviewers.",
                    "Compliance with the retention rules and a smaller backlog.", 120, null, waiting()),
            new Demo("staff", "FORCE-CONTACT", 27, false, "Show call handlers the caller's previous contacts",
                    "Call handlers ask repeat callers the same questions every time because previous contacts are on a "
                            + "different screen that takes a minute to open.",
                    "Show the caller's recent contacts on the call-handling screen as soon as the number is matched.",
                    "Shorter calls and callers who feel heard.", 300, null, waiting()),
            // In triage
            new Demo("sro", "LPA-COV", 190, false, "Share neighbourhood team rotas with partner agencies automatically",
                    "Coventry's partnership meetings start with ten minutes of working out who is on duty. Council and "
                            + "housing partners phone the front desk to find the right PCSO.",
                    "Publish the neighbourhood team's duty rota to a shared partner calendar, without personal details.",
                    "Partners reach the right officer first time; front desk calls fall.", 30, null, shortlisted(5)),
            new Demo("staff", "LPA-WOL", 12, false, "Online appointments for collecting seized property",
                    "People collecting seized property in Wolverhampton turn up without an appointment and wait, or find "
                            + "the property officer is off duty.",
                    "An online booking page for property collection slots.",
                    "No wasted journeys for the public and a planned day for property staff.", 50, null, triage(3)),
            new Demo("staff", "INVESTIGATIONS", 14, false, "Shared drive for custody suite handover notes",
                    "Handover notes between custody shifts are kept on paper at each suite and get lost, so risks about "
                            + "detainees are passed on by word of mouth.",
                    "A structured electronic handover note in the custody system, read and signed by the incoming sergeant.",
                    "Safer detention and a record of what was handed over.", null, null, triage(6)),
            new Demo("board.member", "INVESTIGATIONS", 9, false, "Translate rights leaflets with a secure service",
                    "Detainees who do not speak English wait for an interpreter before their rights can be explained.",
                    "Offer approved translations of the rights leaflet on a custody tablet while an interpreter is found.",
                    "Detainees understand their rights sooner.", null, null, triage(2)),
            new Demo("staff", "LPA-SAN", 11, false, "Car parking passes for volunteers",
                    "Special constables and volunteers in Sandwell pay to park at stations when they give their time free.",
                    "Issue volunteer parking passes for station car parks.", "Volunteers feel valued and stay longer.",
                    null, "2500", triage(8)),
            // Needs more information
            new Demo("staff", "LPA-BW", 60, false, "Better radios",
                    "The radios are bad.", "Buy better radios.", "Officers could hear better.", null, null,
                    question(4, "Which radio problems do you see most: coverage in certain places, battery life, or audio? "
                            + "Where and when does it happen?")),
            new Demo("pm", "CORP-CHANGE", 44, false, "Use a robot for timesheet checks",
                    "Timesheets are checked by hand each month by PMO staff.",
                    "Automate the checks with robotic process automation.", "PMO time saved.", 20, null,
                    question(6, "How many timesheets are checked a month, and which checks are made? That tells us whether "
                            + "automation would pay back.")),
            new Demo("staff", "LPA-WAL", 38, true, "Stop double-crewing on quiet nights",
                    "Two officers are sent to jobs that one could deal with on quiet weekday nights.",
                    "Let sergeants single-crew low-risk jobs on quiet nights.", "More jobs covered.", null, null,
                    question(5, "Which kinds of job do you have in mind? Single-crewing needs a risk assessment, so we need "
                            + "examples before we can assess it.")),
            new Demo("iao", "IT-DIGITAL", 33, false, "Self-service password reset for the force network",
                    "Officers locked out of the network call the IT service desk, which answers about 1,500 reset calls "
                            + "a month.",
                    "Self-service password reset with multi-factor checks.", "Service desk time released.", 250, null,
                    question(3, "Does this cover mobile devices as well as desktops? Please add which accounts it would cover.")),
            // Under assessment
            new Demo("pm", "FORCE-CONTACT", 260, false, TEXT_BACK,
                    "Around one in eight 101 callers hang up before they reach a call handler, often at peak times on "
                            + "Friday and Saturday evenings. We never know whether they needed us.",
                    "Send an automatic text to callers who abandon the queue, with a link to report online and the option "
                            + "of a call back.",
                    "Fewer repeat calls at peak times and fewer people giving up on reporting a crime.", 120, null,
                    assessing(4)),
            new Demo("staff", "INVESTIGATIONS", 75, false, FOOTWEAR,
                    "Footwear marks at burglary scenes are photographed and sent to the lab, which takes weeks to compare them.",
                    "Give scene examiners a scanner that compares footwear marks with the national reference collection at "
                            + "the scene.",
                    "Suspects identified in days, not weeks.", 90, null, assessing(7)),
            new Demo("staff", "LPA-BE", 90, false, "Victim updates by text message",
                    "Victims ring the front desk to ask what is happening with their crime, and the officer is on rest days.",
                    "Send victims an automatic text when their crime changes status, as the Victims' Code asks.",
                    "Victims kept informed and fewer calls to the front desk.", 350, null, assessing(5)),
            new Demo("board.chair", "FORCE-EXEC", 120, false, "Wellbeing check-ins after traumatic incidents",
                    "Officers who attend fatal collisions and child deaths are not always offered support afterwards.",
                    "An automatic referral for a wellbeing check-in when an officer is recorded at a traumatic incident.",
                    "Officers supported and fewer long-term sickness absences.", null, null, assessing(2)),
            new Demo("practitioner", "INVESTIGATIONS", 66, false, CUSTODY_TABLET,
                    "Detainees wait for an interpreter before their rights are read, sometimes for hours.",
                    "Tablets in each custody suite that read the rights in 40 languages, approved by the Home Office.",
                    "Rights given sooner and custody time reduced.", 150, "18000", assessing(6)),
            new Demo("sro", "FORCE-CONTACT", 150, false, "Online reporting of lost property",
                    "Lost property reports take up 101 call time, although the force cannot usually help.",
                    "Move lost property reports to the website with advice, and stop taking them by phone.",
                    "101 capacity released for calls that need a person.", 500, null, shortlisted(4)),
            new Demo("pmo", "CORP-CHANGE", 140, false, "Track benefits of every change in one place",
                    "Benefits of completed projects are tracked in separate spreadsheets and nobody reports them after closure.",
                    "A benefits register that every initiative fills in, with reminders to measure after closure.",
                    "Evidence of what change delivered, for the board and the PCC.", 40, null, shortlisted(3)),
            new Demo("staff", "LPA-SOL", 110, false, "Drones for missing person searches in open country",
                    "Searches for missing people in the Solihull countryside wait for the helicopter, which is often busy.",
                    "A drone unit available to LPAs for missing person searches.", "Faster searches for vulnerable people.",
                    null, null, shortlisted(9)),
            // Declined, with reasons
            new Demo("staff", "LPA-BW", 300, false, "Replace all patrol cars with electric bikes",
                    "Patrol cars sit in traffic in the city centre and cost a lot to run.",
                    "Replace all patrol cars in the city centre with electric bikes.", "Lower fuel costs and more visible policing.",
                    null, "200000", declined(5, 30, "NOT_FEASIBLE", "Response officers carry kit and transport detainees, which "
                            + "bikes cannot do. The city centre team already uses bikes where they fit.")),
            new Demo("staff", "LPA-SAN", 280, false, "Free gym membership for all staff",
                    "Staff fitness affects sickness absence, and the force gyms are small.",
                    "Pay for commercial gym membership for every member of staff.", "Fitter staff and less sickness absence.",
                    null, null, declined(6, 21, "COST_OUTWEIGHS_BENEFIT", "The cost would be about £2 million a year. The "
                            + "wellbeing team is extending the discounted membership scheme instead.")),
            new Demo("pm", "IT-DIGITAL", 250, false, "Build our own records management system",
                    "The records management system is old and slow.", "Build a new one in house.", "A system that fits our needs.",
                    null, null, declined(3, 20, "NATIONAL_SOLUTION", "The force is procuring a new records management "
                            + "system with regional partners; building one in house would duplicate that.")),
            new Demo("staff", "LPA-WOL", 230, true, "Let officers keep their radios at home",
                    "Officers wait at the start of a shift to sign out a radio.", "Issue personal radios kept at home.",
                    "Shifts start on time.", 100, null, declined(7, 25, "POLICY_OR_LAW", "Radios must be stored securely on "
                            + "police premises under the force's information security policy. Personal issue is being "
                            + "considered for response teams, kept at stations.")),
            new Demo("staff", "FORCE-CONTACT", 220, false, "Play music to callers waiting on 101",
                    "Callers waiting on 101 hear silence and think they have been cut off.",
                    "Play music while callers wait.", "Fewer abandoned calls.", null, null,
                    declined(4, 15, "NOT_ENOUGH_EVIDENCE", "Callers already hear their place in the queue every minute, "
                            + "and testing music elsewhere did not reduce abandoned calls.")),
            new Demo("board.member", "INVESTIGATIONS", 200, false, "Second interview room at every custody suite",
                    "Interviews wait for a free room at the busiest custody suites.", "Build a second interview room at each suite.",
                    "Shorter detention times.", null, null, declined(8, 45, "NOT_A_PRIORITY", "Only two suites have this "
                            + "problem, and both are in the estates plan for 2027. It is not a priority for change funding now.")),
            new Demo("staff", "LPA-DUD", 170, false, "A force app for the public to report crime",
                    "Members of the public find it hard to report crime online.", "Build a West Midlands Police app.",
                    "More reports online.", null, null, declined(3, 12, "NATIONAL_SOLUTION", "Single Online Home, the "
                            + "national police website, is how the public report online; the force is improving its pages there.")),
            new Demo("staff", "LPA-COV", 160, false, "Paint every police station blue",
                    "Stations look tired and uninviting.", "Repaint every station in force colours.", "A better public image.",
                    null, null, declined(9, 18, "COST_OUTWEIGHS_BENEFIT", "Repainting is done when stations are refurbished; "
                            + "a programme for every station would cost far more than its benefit.")),
            new Demo("staff", "LPA-BE", 140, false, "Automatic number plate reading on every patrol car",
                    "Stolen cars pass patrol cars unnoticed.", "Fit ANPR cameras to every patrol car.", "More stolen cars recovered.",
                    null, null, declined(5, 40, "COST_OUTWEIGHS_BENEFIT", "ANPR is fitted to the roads policing fleet where "
                            + "it pays back; fitting every car would cost £3 million for little extra.")),
            new Demo("sro", "FORCE-CONTACT", 130, false, "Close the front desks and move everything online",
                    "Front desks see few visitors at some stations.", "Close every front desk.", "Staff released.", null, null,
                    declined(6, 50, "POLICY_OR_LAW", "The force must keep public access to police stations under its estates "
                            + "strategy and the PCC's commitments; front desk hours are reviewed station by station.")),
            new Demo("staff", "LPA-SOL", 100, false, "Let staff work a four-day week",
                    "Staff want more flexible working.", "Offer a four-day week to all staff.", "Better wellbeing.", null, null,
                    declined(10, 35, "NOT_A_PRIORITY", "Flexible working is agreed between each person and their manager "
                            + "under the flexible working policy; it is not a change project.")),
            new Demo("iao", "IT-DIGITAL", 85, false, "Replace email with a chat tool",
                    "Email is slow for quick questions between teams.", "Replace email with a chat tool for everyone.",
                    "Faster answers.", null, null, declined(4, 16, "NATIONAL_SOLUTION", "Microsoft Teams chat is already "
                            + "available to everyone; the Copilot pilot will help with email.")),
            // Duplicates merged into their originals
            new Demo("board.member", "FORCE-CONTACT", 253, true, "Call back 101 callers who hang up before being answered",
                    "When the 101 queue is long many callers hang up. Some are vulnerable people who will not call again.",
                    "Offer a call back slot instead of waiting, and call back anyone who abandoned the queue.",
                    "Vulnerable callers reached, and fewer abandoned calls.", null, null, duplicateOf(3, TEXT_BACK)),
            new Demo("staff", "FORCE-CONTACT", 200, false, "Send an SMS to people who give up waiting on 101",
                    "People give up waiting on 101 in the evening.", "Send them an SMS with the online reporting link.",
                    "Fewer lost reports.", null, null, duplicateOf(5, TEXT_BACK)),
            new Demo("staff", "LPA-BW", 14, false, "More docking stations for body cameras",
                    "There are not enough docking stations for body-worn cameras at the end of shifts.",
                    "Buy more docking stations.", "Footage uploaded on time.", 80, null, duplicateOf(2, DOCKING)),
            new Demo("staff", "INVESTIGATIONS", 60, false, "Footwear scanners for scene examiners",
                    "Footwear marks take weeks to compare.", "Give crime scene investigators footwear scanners.",
                    "Faster identification.", null, null, duplicateOf(4, FOOTWEAR)),
            new Demo("staff", "INVESTIGATIONS", 50, false, "Rights in other languages on a tablet in custody",
                    "Detainees wait for interpreters to understand their rights.", "Custody tablets with translated rights.",
                    "Rights understood sooner.", null, null, duplicateOf(3, CUSTODY_TABLET)),
            // Already being done
            new Demo("staff", "IT-DIGITAL", 400, false, "Upgrade our laptops to Windows 11",
                    "Windows 10 support ends and laptops will stop getting security updates.",
                    "Upgrade every laptop to Windows 11.", "Secure devices.", null, null,
                    covered(3, "Windows 11 roll-out", "The Windows 11 roll-out is under way and will reach every device.")),
            new Demo("staff", "FORCE-CONTACT", 330, false, "An AI assistant to answer simple 101 questions",
                    "Many 101 calls are simple questions that a recorded answer could deal with.",
                    "Use an AI voice assistant to answer the simple questions and route the rest.",
                    "Call handlers free for the calls that need them.", 600, null,
                    covered(5, "Andi-Esra: AI voice assistant on 101", "Andi-Esra, the AI voice assistant on 101, is "
                            + "doing exactly this and is going through the force's ethics and assurance process.")),
            new Demo("pm", "CORP-CHANGE", 210, false, "Let Copilot draft meeting minutes",
                    "Minute-taking takes staff hours after every board.", "Use Microsoft Copilot to draft minutes.",
                    "Hours saved after every meeting.", 80, null,
                    covered(4, "Microsoft Co-Pilot", "The Microsoft Co-Pilot initiative is testing this with selected teams.")),
            new Demo("staff", "LPA-WAL", 95, false, "New TASERs for response officers",
                    "The current TASERs are old and some fail their checks.", "Replace them with the current model.",
                    "Reliable equipment.", null, null, covered(6, "TASER fleet upgrade", "The TASER fleet upgrade replaces them.")),
            new Demo("staff", "FORCE-CONTACT", 70, false, "Let the public report crimes through the national website",
                    "Our online reporting pages are hard to use.", "Use the national police website for online reporting.",
                    "More online reports.", null, null,
                    covered(3, "Single Online Home", "The force is moving to Single Online Home, the national website.")),
            // Implemented locally
            new Demo("staff", "LPA-WAL", 240, false, "Label spare radio batteries by charge date",
                    "Officers take a spare radio battery that turns out to be flat.",
                    "Label each spare battery with the date it was charged, and use the oldest first.",
                    "Radios that last the shift.", 10, null, local(4, "Walsall's patrol bases now do this, and the "
                            + "equipment stores have shared it with every LPA.")),
            new Demo("staff", "LPA-DUD", 190, false, "A checklist card for sudden death scenes",
                    "New officers at sudden deaths miss steps the coroner's officer later asks for.",
                    "A laminated checklist card in every response car.", "Complete files for the coroner.", null, null,
                    local(5, "Dudley's tutors produced the card and it is now in every Dudley response car.")),
            new Demo("practitioner", "LPA-SAN", 150, false, "Put the duty inspector's number on the briefing screen",
                    "Officers waste time finding who the duty inspector is.", "Show the duty inspector's number on the "
                            + "briefing screen.", "Faster decisions.", null, null,
                    local(2, "Sandwell's briefing screens now show it.")),
            new Demo("staff", "LPA-COV", 80, false, "Share the custody queue on the radio channel",
                    "Officers arrive at custody to find a long queue when another suite is free.",
                    "Control room announce custody queue lengths on the radio every two hours.", "Less time queuing.",
                    60, null, local(3, "Coventry control room does this from this month.")),
            // Sensitive: misconduct belongs with Professional Standards
            new Demo("staff", "LPA-BE", 25, true, "Stop supervisors bullying probationers on shift",
                    "On one response team, a supervisor has been bullying probationers and nobody reports it.",
                    "A confidential way to raise concerns about supervisors.", "Probationers stay in the job.", null, null,
                    sensitive(triage(2))),
            new Demo("staff", "LPA-WOL", 8, false, "Lockers for officers' kit at every patrol base",
                    "Officers in Wolverhampton carry all their kit between bases because there are no spare lockers.",
                    "Put a bank of shared lockers in each patrol base.", "Less kit lost and faster starts to a shift.",
                    30, null, triage(1)),
            new Demo("staff", "LPA-BW", 120, false, "Give every officer a tablet as well as a phone",
                    "Phones are small for writing statements.", "Issue a tablet to every officer.", "Easier statements.",
                    null, null, declined(5, 28, "COST_OUTWEIGHS_BENEFIT", "Laptops are issued to roles that write long "
                            + "documents; a tablet for everyone would cost about £4 million. The MG11 app works on the phone.")),
            // Drafts
            new Demo("staff", "INVESTIGATIONS", 0, false, "Digital sign-in for custody visitors",
                    "Custody visitors are signed in on paper.", null, null, null, null,
                    new Fate(IdeaStatus.DRAFT, -1, -1, null, null, null, Classification.OFFICIAL)),
            new Demo("pm", "CORP-CHANGE", 0, false, "Lessons learned library for closed projects",
                    null, null, null, null, null, new Fate(IdeaStatus.DRAFT, -1, -1, null, null, null, Classification.OFFICIAL)));

    private final IdeaRepository ideas;
    private final IdeaTriage triage;
    private final PortalSettings settings;
    private final Portfolio portfolio;
    private final People people;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoIdeas(IdeaRepository ideas, IdeaTriage triage, PortalSettings settings, Portfolio portfolio, People people,
              AuditTrail audit, JdbcClient jdbc, Clock clock) {
        this.ideas = ideas;
        this.triage = triage;
        this.settings = settings;
        this.portfolio = portfolio;
        this.people = people;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        UUID force = people.forceId("WMP").orElse(null);
        if (force == null || jdbc.sql("select count(*) from idea where force_id = ?").param(force).query(Long.class).single() > 0) {
            return;
        }
        Map<String, UUID> staff = people.inForce(force).stream().collect(Collectors.toMap(PersonSummary::username, PersonSummary::id));
        Map<String, UUID> areas = people.units(force).stream().collect(Collectors.toMap(UnitSummary::code, UnitSummary::id));
        settings.ensure(force);
        rule(force, "Force Contact: 101, 999 and callers", 10, null, "101, 999, call handler, caller, callers, contact centre",
                areas.get("FORCE-CONTACT"));
        rule(force, "Investigations and custody", 20, null, "custody, detainee, detainees, investigation, investigations, "
                + "statement, mg11, solicitor, disclosure, bail", areas.get("INVESTIGATIONS"));
        rule(force, "Devices and systems to IT and Digital", 30, areas.get("IT-DIGITAL"), null, areas.get("IT-DIGITAL"));
        rule(force, "Records and retention to Information Management", 40, null, "retention, records, data protection, "
                + "freedom of information", areas.get("INFO-MGMT"));
        Map<String, UUID> reasons = settings.declineReasons(force).stream()
                .collect(Collectors.toMap(PortalSettings.DeclineReason::code, PortalSettings.DeclineReason::id));
        Map<String, InitiativeSummary> initiatives = portfolio.inForce(force).stream()
                .collect(Collectors.toMap(InitiativeSummary::title, i -> i, (a, b) -> a));
        Map<String, Idea> byTitle = new HashMap<>();
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        Instant now = clock.instant();
        int moderator = 0;
        for (Demo demo : IDEAS) {
            Instant at = earlier(today.minus(demo.daysAgo(), ChronoUnit.DAYS).plus(9 * 60 + 30, ChronoUnit.MINUTES), now);
            UUID submitter = staff.get(demo.by());
            Idea.Text text = new Idea.Text(demo.title(), demo.problem(), demo.change(), demo.benefit(), demo.hours(),
                    demo.money() == null ? null : new BigDecimal(demo.money()), areas.get(demo.area()), demo.anonymous());
            String reference = IdeaSubmission.reference(jdbc, force, at.atZone(ZoneOffset.UTC).getYear());
            Idea idea = Idea.draft(force, reference, submitter, text, UUID.randomUUID(), at);
            if (demo.fate().status() == IdeaStatus.DRAFT) {
                idea = ideas.save(idea);
                audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, idea.id(), Operation.COLLECTION, "Drafted idea "
                        + reference).inForce("WMP").by("system:demo-data"));
                continue;
            }
            idea = triage.routed(idea.submitted(at)).classified(demo.fate().classification(), at);
            idea = ideas.save(idea);
            audit.record(AuditEntry.of(IdeaSubmission.RECORD_TYPE, idea.id(), Operation.COLLECTION, "Submitted idea "
                    + reference + " " + demo.title()).inForce("WMP").by("system:demo-data"));
            triage.flag(idea, at);
            triage.remember(idea.id(), null, SUBMITTED, submitter, null, at);
            byTitle.put(demo.title(), answer(idea, demo, staff.get(moderator++ % 2 == 0 ? "practitioner" : "pmo"), at, now,
                    reasons, byTitle, initiatives));
        }
        Idea sensitive = byTitle.get("Stop supervisors bullying probationers on shift");
        triage.note(sensitive.id(), staff.get("practitioner"), "This reads as a complaint about a named team's supervisor. I have "
                + "passed it to Professional Standards and told the submitter how to use the confidential reporting line.",
                sensitive.submittedAt().plus(2, ChronoUnit.DAYS));
        Idea footwear = byTitle.get(FOOTWEAR);
        triage.note(footwear.id(), staff.get("pmo"), "Forensic Services say the national footwear reference collection has an "
                + "interface; ask them for the cost of scanners for the twelve scene examiners.",
                footwear.submittedAt().plus(9, ChronoUnit.DAYS));
    }

    /** Plays the idea's fate forward: the moves a moderator made, and the answer the submitter got. */
    private Idea answer(Idea idea, Demo demo, UUID moderator, Instant at, Instant now, Map<String, UUID> reasons,
                        Map<String, Idea> byTitle, Map<String, InitiativeSummary> initiatives) {
        Fate fate = demo.fate();
        if (fate.status() == SUBMITTED) {
            return idea;
        }
        Instant first = earlier(at.plus(fate.firstResponse(), ChronoUnit.DAYS), now);
        Instant decided = fate.decision() < 0 ? null : earlier(at.plus(fate.decision(), ChronoUnit.DAYS), now);
        List<IdeaStatus> path = switch (fate.status()) {
            case IN_TRIAGE -> List.of(IN_TRIAGE);
            case NEEDS_MORE_INFORMATION -> List.of(NEEDS_MORE_INFORMATION);
            case UNDER_ASSESSMENT -> List.of(IN_TRIAGE, UNDER_ASSESSMENT);
            case SHORTLISTED -> List.of(IN_TRIAGE, UNDER_ASSESSMENT, SHORTLISTED);
            case APPROVED -> List.of(IN_TRIAGE, UNDER_ASSESSMENT, SHORTLISTED, APPROVED);
            case DECLINED, IMPLEMENTED_LOCALLY -> List.of(IN_TRIAGE, fate.status());
            default -> List.of(fate.status());
        };
        UUID initiativeId = null;
        UUID duplicateOf = null;
        String answer = fate.answer();
        if (fate.status() == APPROVED) {
            InitiativeSummary initiative = fate.link() == null
                    ? portfolio.propose(new InitiativeProposal(idea.forceId(), "ideas", idea.id().toString(), idea.title(),
                    "From idea " + idea.reference() + ". " + idea.problem() + " " + idea.proposedChange(),
                    InitiativeType.PROCESS_CHANGE, idea.businessAreaId() == null ? java.util.Set.of() : java.util.Set.of(idea.businessAreaId())))
                    : initiatives.get(fate.link());
            if (fate.link() != null) {
                portfolio.recordSource(initiative.id(), "ideas", idea.id().toString());
            }
            initiativeId = initiative.id();
            answer = answer + " Initiative " + initiative.reference() + ".";
        } else if (fate.status() == ALREADY_BEING_DONE) {
            initiativeId = initiatives.get(fate.link()).id();
        } else if (fate.status() == DUPLICATE) {
            Idea original = byTitle.get(fate.link());
            duplicateOf = original.id();
            answer = "This is the same as idea " + original.reference() + ", " + original.title()
                    + ". Your idea, its supporters and its followers now count towards that one.";
        }
        IdeaStatus from = SUBMITTED;
        Instant when = first;
        List<Instant> times = new ArrayList<>();
        for (int step = 0; step < path.size(); step++) {
            boolean last = step == path.size() - 1;
            when = last && decided != null ? decided : earlier(first.plus(step * 7L, ChronoUnit.DAYS), now);
            times.add(when);
            triage.remember(idea.id(), from, path.get(step), moderator, last ? answer : null, when);
            from = path.get(step);
        }
        Idea.Triage t = idea.triage();
        return ideas.save(idea.triaged(fate.status(), new Idea.Triage(t.queueUnitId(), t.routingRuleId(), t.routedBecause(),
                answer, fate.reason() == null ? null : reasons.get(fate.reason()), duplicateOf, initiativeId, first, decided),
                when));
    }

    private void rule(UUID force, String name, int position, UUID area, String keywords, UUID queue) {
        jdbc.sql("""
                insert into idea_routing_rule (id, force_id, name, position, business_area_id, keywords, submitter_unit_id,
                                               queue_unit_id, active, version)
                values (:id, :f, :name, :p, :area, :k, null, :q, true, 0)
                """).param("id", UUID.randomUUID()).param("f", force).param("name", name).param("p", position)
                .param("area", area).param("k", keywords).param("q", queue).update();
    }

    private static Instant earlier(Instant wanted, Instant now) {
        return wanted.isBefore(now) ? wanted : now.minus(1, ChronoUnit.MINUTES);
    }
}
