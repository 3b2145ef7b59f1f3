package org.ironbridge.ideas.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormProblems;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.ideas.internal.Idea;
import org.ironbridge.ideas.internal.IdeaConversation;
import org.ironbridge.ideas.internal.IdeaForm;
import org.ironbridge.ideas.internal.IdeaSearch;
import org.ironbridge.ideas.internal.IdeaSubmission;
import org.ironbridge.people.UnitSummary;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The ideas portal over the API, under the same policy as the pages; the submitter of an anonymous idea is never shown. */
@RestController
@RequestMapping("/api/v1/ideas")
@Tag(name = "Ideas", description = "The published ideas of the caller's force: list, search, read, submit and support")
class IdeaApi {

    /** An idea in a list; {@code supporters} counts distinct people, including those of ideas merged into it. */
    record IdeaRow(UUID id, String reference, String title, IdeaStatus status, String statusLabel, String businessArea,
                   Instant submittedAt, Instant updatedAt, long supporters) {
    }

    record IdeaPage(List<IdeaRow> ideas, long total, int page, int pages, int pageSize) {
    }

    /** Where a match is in a text: {@code start} inclusive, {@code end} exclusive, in UTF-16 code units (as JavaScript counts). */
    record Match(int start, int end) {
    }

    /** A search result as plain text, with the positions of the matched words. */
    record SearchHit(UUID id, String reference, String title, List<Match> titleMatches, String snippet,
                     List<Match> snippetMatches, IdeaStatus status, String statusLabel, String businessArea,
                     Instant submittedAt, long supporters) {
    }

    record SearchPage(String q, List<SearchHit> hits, long total, int page, int pages) {
    }

    /** One idea. {@code submittedBy} is "Anonymous" when the submitter hid their name from the caller. */
    record IdeaView(UUID id, String reference, String title, String problem, String proposedChange,
                    String expectedBenefit, Integer hoursSavedPerMonth, BigDecimal moneySavedPerYear, UUID businessAreaId,
                    String businessArea, IdeaStatus status, String statusLabel, String nextStep, String submittedBy,
                    Instant submittedAt, Instant updatedAt, UUID duplicateOfId, long supporters,
                    List<IdeaConversation.UnitCount> supportersByUnit, int comments) {
    }

    /**
     * An idea to submit, as on the page. {@code formToken} is a UUID the caller chooses for this idea: sending the same
     * body again returns the idea already made. {@code draft} true saves a draft that only the caller sees.
     */
    record NewIdea(String title, String problem, String proposedChange, String expectedBenefit, Integer hoursSavedPerMonth,
                   BigDecimal moneySavedPerYear, String businessAreaId, Boolean anonymous, Boolean draft, String formToken) {
    }

    record SupportView(UUID ideaId, boolean supporting, long supporters) {
    }

    private final IdeaSearch search;
    private final IdeaSubmission submission;
    private final IdeaConversation conversation;

    IdeaApi(IdeaSearch search, IdeaSubmission submission, IdeaConversation conversation) {
        this.search = search;
        this.submission = submission;
        this.conversation = conversation;
    }

    @GetMapping
    @Operation(summary = "The force's published ideas, 20 a page, filtered as on the ideas page; dates as yyyy-MM-dd "
            + "(submitted on or after from, on or before to); 422 for a date that is not real or a to before from")
    ResponseEntity<?> list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                           @RequestParam(required = false) String area,
                           @Parameter(description = "RELEVANCE (the default with q), NEWEST (the default without), UPDATED or MOST_SUPPORTED")
                           @RequestParam(required = false) String sort,
                           @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String page, Authentication authentication) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.put("to", "to must be the same as or after from");
        }
        if (!errors.isEmpty()) {
            return FormProblems.unprocessable("The ideas were not listed", errors);
        }
        IdeaSearch.Results results = search.search(AccessPolicy.subjectOf(authentication), criteria(q, status,
                area, sort, fromDate, toDate, page));
        return ResponseEntity.ok(new IdeaPage(results.hits().stream().map(IdeaApi::row).toList(), results.total(),
                results.page(), results.pages(), IdeaSearch.PAGE_SIZE));
    }

    @GetMapping("/search")
    @Operation(summary = "Full-text search of the force's published ideas, best match first; title and snippet as plain "
            + "text with the positions of the matched words (UTF-16 offsets); without q, the newest ideas")
    SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) String page,
                             Authentication authentication) {
        String text = FormText.clean(q);
        IdeaSearch.Results results = search.search(AccessPolicy.subjectOf(authentication),
                criteria(text, null, null, "RELEVANCE", null, null, page));
        List<SearchHit> hits = results.hits().stream().map(hit -> {
            Marked title = Marked.of(hit.titleHtml());
            Marked snippet = Marked.of(hit.snippetHtml());
            return new SearchHit(hit.id(), hit.reference(), title.text(), title.matches(), snippet.text(), snippet.matches(),
                    hit.status(), hit.status().label(), hit.businessArea(), hit.submittedAt(), hit.supporters());
        }).toList();
        return new SearchPage(text != null && text.length() > 200 ? text.substring(0, 200) : text, hits, results.total(),
                results.page(), results.pages());
    }

    @GetMapping("/{ideaId}")
    @Operation(summary = "One idea: a published idea of the caller's force, or the caller's own draft; 404 otherwise")
    IdeaView get(@PathVariable UUID ideaId, Authentication authentication) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Idea idea = submission.open(subject, ideaId);
        IdeaConversation.View view = conversation.view(subject, idea);
        String area = submission.businessAreasOf(subject).stream().filter(u -> u.id().equals(idea.businessAreaId()))
                .map(UnitSummary::name).findFirst().orElse(null);
        return new IdeaView(idea.id(), idea.reference(), idea.title(), idea.problem(), idea.proposedChange(),
                idea.expectedBenefit(), idea.hoursSavedPerMonth(), idea.moneySavedPerYear(), idea.businessAreaId(), area,
                idea.status(), idea.status().label(), idea.status().nextStep(), submission.submitterShownTo(subject, idea),
                idea.submittedAt(), idea.updatedAt(), idea.triage().duplicateOfId(), view.supporters(), view.byUnit(),
                view.comments().size());
    }

    @PostMapping
    @Operation(summary = "Submit an idea (or save a draft): 201 with its Location; 422 with the reasons per field; "
            + "the same formToken sent again returns the same idea")
    ResponseEntity<?> submit(@RequestBody NewIdea body, Authentication authentication) {
        if (FormText.uuid(body.formToken()) == null) {
            return FormProblems.unprocessable("The idea was not submitted", Map.of("formToken",
                    "Send a formToken: a UUID you choose for this idea, so that sending it twice makes one idea"));
        }
        IdeaForm form = new IdeaForm();
        form.setTitle(body.title());
        form.setProblem(body.problem());
        form.setProposedChange(body.proposedChange());
        form.setExpectedBenefit(body.expectedBenefit());
        form.setHoursSavedPerMonth(body.hoursSavedPerMonth() == null ? null : body.hoursSavedPerMonth().toString());
        form.setMoneySavedPerYear(body.moneySavedPerYear() == null ? null : body.moneySavedPerYear().toPlainString());
        form.setBusinessAreaId(body.businessAreaId());
        form.setAnonymous(Boolean.TRUE.equals(body.anonymous()) ? "yes" : null);
        form.setFormToken(body.formToken());
        IdeaSubmission.Outcome outcome = submission.create(AccessPolicy.subjectOf(authentication), form,
                !Boolean.TRUE.equals(body.draft()));
        if (outcome.errors().any()) {
            return FormProblems.unprocessable("The idea was not submitted", outcome.errors());
        }
        return ResponseEntity.created(URI.create("/api/v1/ideas/" + outcome.idea().id()))
                .body(get(outcome.idea().id(), authentication));
    }

    @PostMapping("/{ideaId}/support")
    @Operation(summary = "Support an idea (once; never your own, a draft or a duplicate merged into another: 422)")
    SupportView support(@PathVariable UUID ideaId, Authentication authentication) {
        conversation.support(AccessPolicy.subjectOf(authentication), ideaId);
        return new SupportView(ideaId, true, conversation.supporters(ideaId));
    }

    @DeleteMapping("/{ideaId}/support")
    @Operation(summary = "Withdraw your support of an idea (and of any idea merged into it)")
    SupportView withdraw(@PathVariable UUID ideaId, Authentication authentication) {
        conversation.withdraw(AccessPolicy.subjectOf(authentication), ideaId);
        return new SupportView(ideaId, false, conversation.supporters(ideaId));
    }

    @ExceptionHandler(IdeaConversation.Refused.class)
    ResponseEntity<ProblemDetail> refused(IdeaConversation.Refused refused) {
        return FormProblems.unprocessable("Refused", Map.of("support", refused.getMessage()));
    }

    private static IdeaSearch.Criteria criteria(String q, String status, String area, String sort, LocalDate from,
                                                LocalDate to, String page) {
        String text = FormText.clean(q);
        IdeaStatus chosen = FormText.choice(IdeaStatus.class, status);
        return new IdeaSearch.Criteria(text != null && text.length() > 200 ? text.substring(0, 200) : text,
                chosen == null || !chosen.published() ? null : chosen, FormText.uuid(area), from, to,
                FormText.choice(IdeaSearch.Sort.class, sort),
                page != null && page.strip().matches("\\d{1,6}") ? Integer.parseInt(page.strip()) : 1);
    }

    private static LocalDate date(String name, String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.put(name, name + " must be a real date written as yyyy-MM-dd, such as 2026-03-27");
            return null;
        }
    }

    private static IdeaRow row(IdeaSearch.Hit hit) {
        return new IdeaRow(hit.id(), hit.reference(), Marked.of(hit.titleHtml()).text(), hit.status(), hit.status().label(),
                hit.businessArea(), hit.submittedAt(), hit.updatedAt(), hit.supporters());
    }

    /** Safe HTML with mark elements (as IdeaSearch makes it) read back into plain text and match positions. */
    record Marked(String text, List<Match> matches) {

        static Marked of(String html) {
            StringBuilder text = new StringBuilder();
            List<Match> matches = new ArrayList<>();
            String[] parts = html.split("<mark>", -1);
            text.append(HtmlUtils.htmlUnescape(parts[0]));
            for (int i = 1; i < parts.length; i++) {
                int close = parts[i].indexOf("</mark>");
                String marked = HtmlUtils.htmlUnescape(close < 0 ? parts[i] : parts[i].substring(0, close));
                int start = text.length();
                text.append(marked);
                matches.add(new Match(start, text.length()));
                if (close >= 0) {
                    text.append(HtmlUtils.htmlUnescape(parts[i].substring(close + "</mark>".length())));
                }
            }
            return new Marked(text.toString(), matches);
        }
    }
}
