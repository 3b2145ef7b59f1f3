package org.ironbridge.portfolio.web;

import java.util.List;
import java.util.UUID;

import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.portfolio.internal.ForceNames;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.Issue;
import org.ironbridge.portfolio.internal.IssueForm;
import org.ironbridge.portfolio.internal.IssueLog;
import org.ironbridge.portfolio.internal.Raid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding and changing the issues of an initiative's RAID log. */
@Controller
@RequestMapping("/portfolio/initiatives/{initiativeId}/raid/issues")
class IssuePages extends LogPages<Issue, IssueForm> {

    private final ForceNames names;

    IssuePages(IssueLog issues, ForceNames names) {
        super(issues);
        this.names = names;
    }

    @GetMapping("/new")
    String newIssue(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        return newForm(authentication, initiativeId, model);
    }

    @PostMapping
    String addIssue(@PathVariable UUID initiativeId, @ModelAttribute IssueForm form, Authentication authentication,
                    Model model, RedirectAttributes redirect) {
        return add(authentication, initiativeId, form, model, redirect);
    }

    @GetMapping("/{itemId}/edit")
    String changeIssue(@PathVariable UUID initiativeId, @PathVariable UUID itemId, Authentication authentication,
                       Model model) {
        return editForm(authentication, initiativeId, itemId, model);
    }

    @PostMapping("/{itemId}")
    String saveIssue(@PathVariable UUID initiativeId, @PathVariable UUID itemId, @ModelAttribute IssueForm form,
                     Authentication authentication, Model model, RedirectAttributes redirect) {
        return edit(authentication, initiativeId, itemId, form, model, redirect);
    }

    @Override
    String noun() {
        return "issue";
    }

    @Override
    String path(UUID initiativeId) {
        return "/portfolio/initiatives/" + initiativeId + "/raid/issues";
    }

    @Override
    String listPage(UUID initiativeId) {
        return RaidController.raidPage(initiativeId) + "#issues";
    }

    @Override
    IssueForm blank() {
        return new IssueForm();
    }

    @Override
    List<Field> fields(Subject subject, Initiative initiative, IssueForm form, FormErrors errors) {
        return List.of(
                Field.textarea(FormFields.textarea("description", "What has happened", null, form.getDescription(),
                        errors)),
                Field.textarea(FormFields.textarea("impact", "Impact on the initiative",
                        "What it does to time, cost, scope, quality or benefits.", form.getImpact(), errors)),
                Field.select(FormFields.select("ownerId", "Issue owner", names.owners(initiative.forceId()),
                        form.getOwnerId(), errors)),
                Field.inlineRadios(FormFields.radios("priority", "Priority", null, Raid.choices(Raid.Level.class),
                        form.getPriority(), errors)),
                Field.radios(FormFields.radios("status", "Status", null, Raid.choices(Raid.IssueStatus.class),
                        form.getStatus(), errors)),
                Field.textarea(FormFields.textarea("resolution", "Resolution",
                        "How it was or is being resolved. Needed once the issue is resolved.", form.getResolution(),
                        errors)));
    }
}
