package org.ironbridge.ideas.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.Pagination;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.internal.Idea;
import org.ironbridge.ideas.internal.IdeaAttachments;
import org.ironbridge.ideas.internal.IdeaForm;
import org.ironbridge.ideas.internal.IdeaSearch;
import org.ironbridge.ideas.internal.IdeaSubmission;
import org.ironbridge.ideas.internal.SimilarIdeas;
import org.ironbridge.people.UnitSummary;
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

/** The portal for staff: write an idea, save it as a draft or submit it, see your own, and search everyone's. */
@Controller
class IdeaController {

    private static final String SUBMIT = "submit";

    private final IdeaSubmission submission;
    private final IdeaSearch search;
    private final IdeaOutcomes outcomes;
    private final IdeaConversationPage conversation;
    private final SimilarIdeas similar;
    private final IdeaAttachments attachments;

    IdeaController(IdeaSubmission submission, IdeaSearch search, IdeaOutcomes outcomes, IdeaConversationPage conversation,
                   SimilarIdeas similar, IdeaAttachments attachments) {
        this.submission = submission;
        this.search = search;
        this.outcomes = outcomes;
        this.conversation = conversation;
        this.similar = similar;
        this.attachments = attachments;
    }

    @GetMapping("/ideas")
    String browse(@ModelAttribute("filters") IdeaBrowseForm filters, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        FormErrors errors = new FormErrors();
        IdeaSearch.Criteria criteria = filters.criteria(errors);
        IdeaSearch.Results results = search.search(subject, criteria);
        FormErrors none = new FormErrors();
        model.addAttribute("errors", errors);
        model.addAttribute("results", results);
        model.addAttribute("searched", criteria.text() != null);
        model.addAttribute("qField", FormFields.input("q", "Search ideas", criteria.text(), none));
        model.addAttribute("statusField", FormFields.select("status", "Status", Stream.of(IdeaStatus.values())
                .filter(IdeaStatus::published).map(s -> Choice.of(s.name(), s.label())).toList(),
                criteria.status() == null ? null : criteria.status().name(), none));
        model.addAttribute("areaField", FormFields.select("area", "Business area", areas(subject),
                criteria.businessAreaId() == null ? null : criteria.businessAreaId().toString(), none));
        model.addAttribute("sortField", FormFields.select("sort", "Sort by", List.of(
                        Choice.of("RELEVANCE", "Best match"), Choice.of("NEWEST", "Newest"),
                        Choice.of("MOST_SUPPORTED", "Most supported"), Choice.of("UPDATED", "Recently updated")),
                criteria.sort() == null ? null : criteria.sort().name(), none));
        model.addAttribute("fromField", FormFields.date("from", "from", "Submitted from", filters.getFromDay(),
                filters.getFromMonth(), filters.getFromYear(), errors));
        model.addAttribute("toField", FormFields.date("to", "to", "Submitted to", filters.getToDay(),
                filters.getToMonth(), filters.getToYear(), errors));
        model.addAttribute("pagination", Pagination.of(results.page(), results.pages(),
                "/ideas?" + filters.queryString() + "page="));
        return "ideas/browse";
    }

    @GetMapping("/ideas/mine")
    String mine(Authentication authentication, Model model) {
        model.addAttribute("ideas", submission.mine(AccessPolicy.subjectOf(authentication)));
        return "ideas/mine";
    }

    @GetMapping("/ideas/new")
    String newIdea(Authentication authentication, Model model) {
        return form(AccessPolicy.subjectOf(authentication), null, IdeaForm.blank(), new FormErrors(), null, model);
    }

    @PostMapping("/ideas")
    String create(@ModelAttribute IdeaForm form, @RequestParam(required = false) String action,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        if (SimilarIdeas.CHECK.equals(action)) {
            model.addAttribute("similar", similar.suggest(subject, form.getTitle(), form.getProblem(), null));
            return form(subject, null, form, new FormErrors(), null, model);
        }
        boolean submitting = SUBMIT.equals(action);
        IdeaSubmission.Outcome outcome = submission.create(subject, form, submitting);
        if (outcome.errors().any()) {
            return form(subject, null, form, outcome.errors(), null, model);
        }
        return saved(outcome.idea(), redirect);
    }

    @GetMapping("/ideas/{ideaId}")
    String idea(@PathVariable UUID ideaId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Idea idea = submission.open(subject, ideaId);
        model.addAttribute("idea", idea);
        model.addAttribute("submitter", submission.submitterShownTo(subject, idea));
        model.addAttribute("area", submission.businessAreasOf(subject).stream()
                .filter(u -> u.id().equals(idea.businessAreaId())).map(UnitSummary::name).findFirst().orElse(null));
        model.addAttribute("mayEdit", submission.mayEdit(subject, idea));
        model.addAttribute("own", idea.submitterId().equals(subject.personId()));
        outcomes.addTo(model, subject, idea);
        conversation.addTo(model, subject, idea);
        model.addAttribute("attachments", attachments.shownOn(subject, idea));
        return "ideas/idea";
    }

    @GetMapping("/ideas/{ideaId}/edit")
    String editForm(@PathVariable UUID ideaId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Idea idea = submission.forEditing(subject, ideaId);
        return form(subject, idea, submission.formOf(idea), new FormErrors(), null, model);
    }

    @PostMapping("/ideas/{ideaId}")
    String edit(@PathVariable UUID ideaId, @ModelAttribute IdeaForm form, @RequestParam(required = false) String action,
                Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        if (SimilarIdeas.CHECK.equals(action)) {
            model.addAttribute("similar", similar.suggest(subject, form.getTitle(), form.getProblem(), ideaId));
            return form(subject, submission.forEditing(subject, ideaId), form, new FormErrors(), null, model);
        }
        try {
            IdeaSubmission.Outcome outcome = submission.edit(subject, ideaId, form, SUBMIT.equals(action));
            if (outcome.errors().any()) {
                return form(subject, submission.forEditing(subject, ideaId), form, outcome.errors(), null, model);
            }
            return saved(outcome.idea(), redirect);
        } catch (EditConflict conflict) {
            Idea current = submission.forEditing(subject, ideaId);
            return form(subject, current, submission.formOf(current), new FormErrors().reject("title",
                    "This idea was changed in another window or by another session while you were editing. Nothing you "
                            + "entered has been saved. Check the changes, then make yours again"), conflict, model);
        }
    }

    @ExceptionHandler(IdeaSubmission.IdeaLocked.class)
    String locked(IdeaSubmission.IdeaLocked locked, RedirectAttributes redirect) {
        redirect.addFlashAttribute("returned", "Idea " + locked.idea().reference() + " is " + locked.idea().status().label()
                .toLowerCase(java.util.Locale.ROOT) + " and can no longer be changed");
        return "redirect:/ideas/" + locked.idea().id();
    }

    private static String saved(Idea idea, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", idea.status() == IdeaStatus.DRAFT
                ? "Draft saved. Only you can see it until you submit it"
                : "Idea " + idea.reference() + " submitted. " + idea.status().nextStep());
        return "redirect:/ideas/" + idea.id();
    }

    private String form(Subject subject, Idea idea, IdeaForm form, FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("idea", idea);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("titleField", FormFields.input("title", "Title", form.getTitle(), errors));
        model.addAttribute("problemField", FormFields.textarea("problem", "The problem it solves",
                "Who is affected, how often, and where.", form.getProblem(), errors));
        model.addAttribute("changeField", FormFields.textarea("proposedChange", "The change you propose", null,
                form.getProposedChange(), errors));
        model.addAttribute("benefitField", FormFields.textarea("expectedBenefit", "The benefit you expect",
                "For example, officer hours released, money saved, or a better service for the public.",
                form.getExpectedBenefit(), errors));
        Map<String, Object> hours = FormFields.input("hoursSavedPerMonth", "Hours saved a month (optional)",
                form.getHoursSavedPerMonth(), errors);
        hours.put("classes", "govuk-input--width-5");
        hours.put("inputmode", "numeric");
        model.addAttribute("hoursField", hours);
        Map<String, Object> money = FormFields.input("moneySavedPerYear", "Money saved a year, in pounds (optional)",
                form.getMoneySavedPerYear(), errors);
        money.put("classes", "govuk-input--width-10");
        model.addAttribute("moneyField", money);
        model.addAttribute("areaField", FormFields.select("businessAreaId", "Business area it affects", areas(subject),
                form.getBusinessAreaId(), errors));
        model.addAttribute("anonymousField", FormFields.checkboxes("anonymous", "Your name", null,
                List.of(Choice.of("yes", "Hide my name from other staff (moderators can still see it)")),
                form.getAnonymous() == null ? List.of() : List.of(form.getAnonymous()), errors));
        return "ideas/form";
    }

    private List<Choice> areas(Subject subject) {
        return submission.businessAreasOf(subject).stream().map(u -> Choice.of(u.id().toString(), u.name())).toList();
    }
}
