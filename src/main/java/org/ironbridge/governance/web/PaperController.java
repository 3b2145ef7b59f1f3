package org.ironbridge.governance.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.governance.internal.Board;
import org.ironbridge.governance.internal.Boards;
import org.ironbridge.governance.internal.ChangePapers;
import org.ironbridge.governance.internal.DecisionRecording;
import org.ironbridge.governance.internal.DecisionRegister;
import org.ironbridge.governance.internal.Meeting;
import org.ironbridge.governance.internal.Paper;
import org.ironbridge.governance.internal.PaperForm;
import org.ironbridge.governance.internal.PaperKind;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.ironbridge.people.People;
import org.ironbridge.people.PersonSummary;
import org.ironbridge.portfolio.InitiativeFacts;
import org.ironbridge.portfolio.Portfolio;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Change Papers: drafted from the initiative's data, checked automatically, submitted to a meeting. */
@Controller
class PaperController {

    private final ChangePapers papers;
    private final Boards boards;
    private final DecisionRecording recording;
    private final DecisionRegister register;
    private final Portfolio portfolio;
    private final People people;

    PaperController(ChangePapers papers, Boards boards, DecisionRecording recording, DecisionRegister register,
                    Portfolio portfolio, People people) {
        this.papers = papers;
        this.boards = boards;
        this.recording = recording;
        this.register = register;
        this.portfolio = portfolio;
        this.people = people;
    }

    @GetMapping("/governance/papers")
    String list(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        model.addAttribute("papers", papers.ofForce(subject.forceId()));
        model.addAttribute("initiatives", portfolio.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(i -> i.id(), i -> i.reference() + " " + i.title())));
        model.addAttribute("mayDraft", !papers.writableInitiatives(subject).isEmpty());
        return "governance/papers";
    }

    @GetMapping("/governance/papers/new")
    String draftForm(@RequestParam(required = false) String initiativeId, @RequestParam(required = false) String kind,
                     Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        PaperForm form = new PaperForm();
        form.setInitiativeId(initiativeId);
        form.setKind(kind);
        return form(subject, null, form, new FormErrors(), null, model);
    }

    @PostMapping("/governance/papers")
    String draft(@ModelAttribute PaperForm form, Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ChangePapers.Result result = papers.draft(subject, form);
        if (result.errors().any()) {
            return form(subject, null, form, result.errors(), null, model);
        }
        redirect.addFlashAttribute("notice", "Change Paper " + result.paper().reference()
                + " drafted. Run the automatic checks when it is ready");
        return "redirect:/governance/papers/" + result.paper().id();
    }

    @GetMapping("/governance/papers/{paperId}")
    String paper(@PathVariable UUID paperId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return page(subject, papers.paper(subject, paperId), new FormErrors(), model);
    }

    @GetMapping("/governance/papers/{paperId}/edit")
    String editForm(@PathVariable UUID paperId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Paper paper = papers.paper(subject, paperId);
        if (!paper.status().editable()) {
            throw new ChangePapers.PaperLocked(paper);
        }
        return form(subject, paper, PaperForm.of(paper), new FormErrors(), null, model);
    }

    @PostMapping("/governance/papers/{paperId}")
    String edit(@PathVariable UUID paperId, @ModelAttribute PaperForm form, Authentication authentication, Model model,
                RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            ChangePapers.Result result = papers.edit(subject, paperId, form);
            if (result.errors().any()) {
                return form(subject, papers.paper(subject, paperId), form, result.errors(), null, model);
            }
        } catch (EditConflict conflict) {
            Paper current = papers.paper(subject, paperId);
            return form(subject, current, PaperForm.of(current), new FormErrors().reject("title", "Someone else changed "
                    + "this paper while you were editing. Nothing you entered has been saved. Check their changes, then "
                    + "make yours again"), conflict, model);
        }
        redirect.addFlashAttribute("notice", "Change Paper updated. Run the automatic checks again before submitting it");
        return "redirect:/governance/papers/" + paperId;
    }

    @PostMapping("/governance/papers/{paperId}/checks")
    String check(@PathVariable UUID paperId, Authentication authentication, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ChangePapers.CheckRun run = papers.check(subject, paperId);
        long failed = run.results().stream().filter(r -> !r.passed()).count();
        redirect.addFlashAttribute(run.passed() ? "notice" : "returned", run.passed()
                ? "All automatic checks passed. The paper can now be submitted to a meeting"
                : failed + (failed == 1 ? " check" : " checks") + " failed. The paper has been returned to you with notes");
        return "redirect:/governance/papers/" + paperId;
    }

    @PostMapping("/governance/papers/{paperId}/submission")
    String submit(@PathVariable UUID paperId, @RequestParam(required = false) String meetingId,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        ChangePapers.Result result = papers.submit(subject, paperId, meetingId);
        if (result.errors().any()) {
            return page(subject, papers.paper(subject, paperId), result.errors(), model);
        }
        redirect.addFlashAttribute("notice", "Change Paper submitted to the meeting");
        return "redirect:/governance/papers/" + paperId;
    }

    @ExceptionHandler(ChangePapers.PaperLocked.class)
    String locked(ChangePapers.PaperLocked locked, RedirectAttributes redirect) {
        redirect.addFlashAttribute("returned", "Change Paper " + locked.paper().reference() + " has been submitted or "
                + "decided: it is the record the board saw and can no longer be changed");
        return "redirect:/governance/papers/" + locked.paper().id();
    }

    private String page(Subject subject, Paper paper, FormErrors errors, Model model) {
        InitiativeFacts initiative = portfolio.facts(paper.initiativeId());
        Map<UUID, String> names = people.inForce(subject.forceId()).stream()
                .collect(Collectors.toMap(PersonSummary::id, PersonSummary::displayName));
        List<Meeting> eligible = papers.eligibleMeetings(paper);
        Map<UUID, String> boardNames = boards.of(subject.forceId()).stream().collect(Collectors.toMap(Board::id, Board::name));
        model.addAttribute("paper", paper);
        model.addAttribute("initiative", initiative);
        model.addAttribute("sro", names.getOrDefault(initiative.summary().seniorResponsibleOwnerId(), "Not yet named"));
        model.addAttribute("risks", portfolio.openRisks(paper.initiativeId()));
        model.addAttribute("assurance", portfolio.assurance(paper.initiativeId()));
        model.addAttribute("equality", portfolio.equalityAnalysis(paper.initiativeId()).orElse(null));
        model.addAttribute("finance", portfolio.finance(paper.initiativeId()).orElse(null));
        model.addAttribute("businessCase", portfolio.businessCase(paper.initiativeId()).orElse(null));
        model.addAttribute("gate", recording.gateFor(paper));
        model.addAttribute("runs", papers.checkRuns(paper.id()));
        model.addAttribute("mayWrite", papers.mayWrite(subject, paper));
        model.addAttribute("meeting", papers.meetingOf(paper).orElse(null));
        model.addAttribute("boardNames", boardNames);
        model.addAttribute("decisions", register.search(subject.forceId(), null, null, paper.initiativeId(), null).stream()
                .filter(d -> paper.id().equals(d.paperId())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("meetingField", FormFields.radios("meetingId", "Meeting", eligible.isEmpty()
                ? "No meeting of a board that can decide this paper is scheduled yet." : null, eligible.stream()
                .map(m -> Choice.of(m.id().toString(), boardNames.get(m.boardId()) + ", "
                        + m.startsAt().toLocalDate().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy"))
                        + " at " + m.startsAt().toLocalTime())).toList(), null, errors));
        return "governance/paper";
    }

    private String form(Subject subject, Paper paper, PaperForm form, FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("paper", paper);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        List<Choice> initiatives = papers.writableInitiatives(subject).stream()
                .map(i -> Choice.of(i.id().toString(), i.reference() + " " + i.title() + " (" + i.stage().label() + ")")).toList();
        model.addAttribute("initiativeField", FormFields.select("initiativeId", "Initiative", initiatives,
                form.getInitiativeId(), errors));
        model.addAttribute("kindField", FormFields.radios("kind", "What the paper asks the board for", null,
                Stream.of(PaperKind.values()).map(k -> Choice.of(k.name(), k.label())).toList(), form.getKind(), errors));
        model.addAttribute("titleField", FormFields.input("title", "Title", form.getTitle(), errors));
        model.addAttribute("purposeField", FormFields.textarea("purpose", "Purpose",
                "What the board is asked to do, and why now.", form.getPurpose(), errors));
        model.addAttribute("recommendationField", FormFields.textarea("recommendation", "Recommendation", null,
                form.getRecommendation(), errors));
        model.addAttribute("benefitsField", FormFields.textarea("benefits", "Benefits",
                "Each benefit with its measure and target, for example \"reduce abandoned 101 calls from 12% to 5% by March 2026\".",
                form.getBenefits(), errors));
        model.addAttribute("legalField", FormFields.textarea("legalConsiderations", "Legal considerations",
                "Powers, data protection, procurement and contracts, or why there are none.", form.getLegalConsiderations(), errors));
        model.addAttribute("ethicalField", FormFields.textarea("ethicalConsiderations", "Ethical considerations",
                "For AI or advanced data analytics, how the Ethics Panel has been or will be consulted.",
                form.getEthicalConsiderations(), errors));
        model.addAttribute("evaluationField", FormFields.textarea("evaluationPlan", "Evaluation plan (pilots)",
                "What will be measured, and how the board will decide to scale, extend or stop the pilot.",
                form.getEvaluationPlan(), errors));
        model.addAttribute("personalDataField", FormFields.radios("processesPersonalData",
                "Does the initiative process personal data?", null, List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")),
                form.getProcessesPersonalData(), errors));
        model.addAttribute("amountField", FormFields.input("amountRequested", "Amount requested, in pounds (financial requests)",
                form.getAmountRequested(), errors));
        UUID initiativeId = FormText.uuid(form.getInitiativeId());
        model.addAttribute("exceptionField", FormFields.select("exceptionReportId", "Exception report (exception papers)",
                initiativeId == null ? List.of() : portfolio.exceptionReports(initiativeId).stream()
                        .map(e -> Choice.of(e.id().toString(), e.tolerance() + " tolerance, raised " + e.raisedOn())).toList(),
                form.getExceptionReportId(), errors));
        return "governance/paper-form";
    }
}
