package org.ironbridge.assurance.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;
import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Permission;
import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.AssuranceMaterial;
import org.ironbridge.assurance.internal.EthicsQueue;
import org.ironbridge.assurance.internal.EthicsRecords;
import org.ironbridge.assurance.internal.EthicsReferrals;
import org.ironbridge.assurance.internal.EthicsResponses;
import org.ironbridge.assurance.internal.ForceResponse;
import org.ironbridge.audit.EditConflict;
import org.ironbridge.govuk.Choice;
import org.ironbridge.govuk.FormErrors;
import org.ironbridge.govuk.FormFields;
import org.ironbridge.govuk.FormText;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A system's referrals to the Ethics Panel: the page of referrals and advice, referring the system, the pack the
 * panel was given (to read or download), and the force's responses to the panel's recommendations. Also the
 * panel's own work queue of every referral in the force.
 */
@Controller
class EthicsPanelController {

    private final EthicsReferrals referrals;
    private final EthicsResponses responses;
    private final EthicsQueue queue;
    private final AiSystems systems;
    private final AccessPolicy policy;
    private final Justifications justifications;
    private final PackText packText;

    EthicsPanelController(EthicsReferrals referrals, EthicsResponses responses, EthicsQueue queue, AiSystems systems,
                          AccessPolicy policy, Justifications justifications, PackText packText) {
        this.referrals = referrals;
        this.responses = responses;
        this.queue = queue;
        this.systems = systems;
        this.policy = policy;
        this.justifications = justifications;
        this.packText = packText;
    }

    @GetMapping("/assurance/ethics-panel")
    String queue(Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        model.addAttribute("items", queue.of(subject));
        model.addAttribute("mayAdvise", policy.permits(subject, Permission.GIVE_ETHICS_ADVICE));
        return "assurance/ethics-panel";
    }

    @GetMapping("/assurance/systems/{systemId}/ethics")
    String ethics(@PathVariable UUID systemId, Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return page(subject, systemId, session, new FormErrors(), Map.of(), null, model);
    }

    @GetMapping("/assurance/systems/{systemId}/ethics/referral")
    String referralForm(@PathVariable UUID systemId, Authentication authentication, Model model) {
        AiSystem system = referrals.forReferral(AccessPolicy.subjectOf(authentication), systemId);
        return referralPage(system, null, null, null, null, new FormErrors(), model);
    }

    @PostMapping("/assurance/systems/{systemId}/ethics/referrals")
    String refer(@PathVariable UUID systemId, @RequestParam(required = false) String question,
                 @RequestParam(required = false) String meetingOnDay, @RequestParam(required = false) String meetingOnMonth,
                 @RequestParam(required = false) String meetingOnYear, Authentication authentication, Model model,
                 RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        EthicsReferrals.Result result = referrals.refer(subject, systemId, question, meetingOnDay, meetingOnMonth,
                meetingOnYear);
        AiSystem system = referrals.forReferral(subject, systemId);
        if (result.errors().any()) {
            return referralPage(system, question, meetingOnDay, meetingOnMonth, meetingOnYear, result.errors(), model);
        }
        redirect.addFlashAttribute("notice", system.name() + " is referred to the Ethics Panel as "
                + result.referral().reference() + ". The referral pack was made from the register entry and its "
                + "assurance as they stand today");
        return "redirect:/assurance/systems/" + systemId + "/ethics";
    }

    @GetMapping("/assurance/systems/{systemId}/ethics/meeting")
    String meetingForm(@PathVariable UUID systemId, @RequestParam(required = false) String referral,
                       Authentication authentication, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Optional<EthicsRecords.Referral> awaiting = referrals.awaitingAdvice(subject, systemId, referralId(referral));
        if (awaiting.isEmpty()) {
            redirect.addFlashAttribute("notice", "No referral of this system is awaiting the panel's advice");
            return "redirect:/assurance/systems/" + systemId + "/ethics";
        }
        return meetingAsItStands(subject, systemId, awaiting.get(), new FormErrors(), null, model);
    }

    @PostMapping("/assurance/systems/{systemId}/ethics/meeting")
    String moveMeeting(@PathVariable UUID systemId, @RequestParam(required = false) String referral,
                       @RequestParam(required = false) String seen, @RequestParam(required = false) String meetingOnDay,
                       @RequestParam(required = false) String meetingOnMonth,
                       @RequestParam(required = false) String meetingOnYear, Authentication authentication, Model model,
                       RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        UUID referralId = referralId(referral);
        if (referralId == null) {
            throw new RecordNotFoundException(EthicsReferrals.RECORD_TYPE, "none");
        }
        FormErrors errors;
        EditConflict conflict = null;
        try {
            errors = referrals.moveMeeting(subject, systemId, referralId, seen, meetingOnDay, meetingOnMonth, meetingOnYear);
        } catch (EditConflict changed) {
            errors = new FormErrors().reject("meetingOn", AiRegisterController.CHANGED_ELSEWHERE);
            conflict = changed;
        }
        if (errors.any()) {
            EthicsRecords.Referral shown = referrals.awaitingAdvice(subject, systemId, referralId).orElse(null);
            if (shown == null) {
                redirect.addFlashAttribute("notice", "Nothing was saved: the panel has given its advice on this referral");
                return "redirect:/assurance/systems/" + systemId + "/ethics";
            }
            if (conflict != null) {
                // The form now shows, and locks on, the date as the other person left it.
                return meetingAsItStands(subject, systemId, shown, errors, conflict, model);
            }
            return meetingPage(subject, systemId, shown, seen, meetingOnDay, meetingOnMonth, meetingOnYear, errors, null,
                    model);
        }
        redirect.addFlashAttribute("notice", "The panel meeting is moved");
        return "redirect:/assurance/systems/" + systemId + "/ethics";
    }

    @GetMapping("/assurance/systems/{systemId}/ethics/pack")
    String pack(@PathVariable UUID systemId, @RequestParam(required = false) String referral,
                Authentication authentication, HttpSession session, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Optional<EthicsReferrals.Pack> pack = referrals.pack(subject, systemId, referralId(referral),
                justifications.of(session, systemId));
        if (pack.isEmpty()) {
            return "redirect:/assurance/systems/" + systemId + "/ethics";
        }
        model.addAttribute("pack", pack.get());
        model.addAttribute("register", pack.get().entries().stream().filter(e -> !e.step()).toList());
        model.addAttribute("steps", pack.get().entries().stream().filter(EthicsRecords.PackEntry::step).toList());
        return "assurance/ethics-pack";
    }

    @GetMapping("/assurance/systems/{systemId}/ethics/pack.txt")
    ResponseEntity<byte[]> packDownload(@PathVariable UUID systemId, @RequestParam(required = false) String referral,
                                        Authentication authentication, HttpSession session) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Optional<EthicsReferrals.Pack> pack = referrals.export(subject, systemId, referralId(referral),
                justifications.of(session, systemId));
        if (pack.isEmpty()) {
            return ResponseEntity.status(303).header(HttpHeaders.LOCATION, "/assurance/systems/" + systemId + "/ethics")
                    .build();
        }
        byte[] body = packText.of(pack.get(), subject).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ethics-referral-pack-" + pack.get().referral().reference() + ".txt").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    @PostMapping("/assurance/systems/{systemId}/ethics/responses")
    String respond(@PathVariable UUID systemId, @RequestParam Map<String, String> params, Authentication authentication,
                   HttpSession session, Model model, RedirectAttributes redirect) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        try {
            FormErrors errors = responses.respond(subject, systemId, params);
            if (errors.any()) {
                return page(subject, systemId, session, errors, params, null, model);
            }
        } catch (EditConflict conflict) {
            return page(subject, systemId, session, new FormErrors().reject("responses",
                    AiRegisterController.CHANGED_ELSEWHERE), Map.of(), conflict, model);
        } catch (AssuranceMaterial.JustificationNeeded lapsed) {
            // The reason given has lapsed while the form was open: nothing was saved; ask again on the page itself.
            redirect.addFlashAttribute("notice", "Nothing was saved: say again why you are reading this material, then "
                    + "give the responses again");
            return "redirect:/assurance/systems/" + systemId + "/ethics";
        }
        redirect.addFlashAttribute("notice", "The force's responses are saved");
        return "redirect:/assurance/systems/" + systemId + "/ethics";
    }

    private String page(Subject subject, UUID systemId, HttpSession session, FormErrors errors, Map<String, String> typed,
                        EditConflict conflict, Model model) {
        EthicsReferrals.SystemEthics ethics = referrals.read(subject, systemId, justifications.of(session, systemId));
        AiSystem system = ethics.system();
        boolean mayRecord = systems.mayRecord(subject, system);
        model.addAttribute("system", system);
        model.addAttribute("referrals", ethics.referrals());
        model.addAttribute("mayRefer", mayRecord);
        model.addAttribute("mayAdvise", policy.permits(subject, Permission.GIVE_ETHICS_ADVICE));
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("names", names(subject));
        // The force answers the latest advice given; earlier advice is shown as it was answered.
        EthicsReferrals.ReferralView answering = ethics.referrals().stream()
                .filter(v -> v.given() && !v.recommendations().isEmpty()).findFirst().orElse(null);
        model.addAttribute("answering", mayRecord ? answering : null);
        model.addAttribute("responseRows", mayRecord && answering != null ? responseRows(answering, typed, errors) : List.of());
        return "assurance/ethics";
    }

    /** Who did what, by name: people of the force, and the system itself when monitoring referred it back. */
    private Map<String, String> names(Subject subject) {
        Map<String, String> names = new java.util.HashMap<>();
        systems.owners(subject.forceId()).forEach(p -> names.put(p.username(), p.displayName()));
        names.put("system:monitoring", "post-deployment monitoring");
        names.put("system:demo-data", "the demonstration data");
        return names;
    }

    record ResponseRow(EthicsRecords.Recommendation recommendation, Map<String, Object> responseField,
                       Map<String, Object> textField) {
    }

    private static List<ResponseRow> responseRows(EthicsReferrals.ReferralView view, Map<String, String> typed,
                                                  FormErrors errors) {
        List<Choice> choices = Stream.of(ForceResponse.values()).map(r -> Choice.of(r.name(), r.label())).toList();
        List<ResponseRow> rows = new ArrayList<>();
        for (EthicsRecords.Recommendation r : view.recommendations()) {
            int n = r.number();
            String response = typed.isEmpty() ? (r.response() == null ? null : r.response().name()) : typed.get("response-" + n);
            String text = typed.isEmpty() ? r.responseText() : typed.get("responseText-" + n);
            rows.add(new ResponseRow(r, FormFields.radios("response-" + n, "The force's response to recommendation " + n,
                    null, choices, response, errors), FormFields.textarea("responseText-" + n,
                    "What the force will do, or why not (recommendation " + n + ")", null, text, errors)));
        }
        return rows;
    }

    private String referralPage(AiSystem system, String question, String day, String month, String year, FormErrors errors,
                                Model model) {
        model.addAttribute("system", system);
        model.addAttribute("errors", errors);
        model.addAttribute("questionField", FormFields.textarea("question", "Questions the force asks the panel",
                "What the force wants the panel's advice on: for example, whether the use is proportionate, and what "
                        + "safeguards it should put in place.", question, errors));
        model.addAttribute("meetingField", FormFields.date("meetingOn", "meetingOn", "Date of the panel meeting the "
                + "referral is for", day, month, year, errors));
        return "assurance/ethics-referral";
    }

    private String meetingAsItStands(Subject subject, UUID systemId, EthicsRecords.Referral referral, FormErrors errors,
                                     EditConflict conflict, Model model) {
        LocalDate on = referral.meetingOn();
        return on == null ? meetingPage(subject, systemId, referral, null, null, null, null, errors, conflict, model)
                : meetingPage(subject, systemId, referral, on.toString(), "" + on.getDayOfMonth(), "" + on.getMonthValue(),
                "" + on.getYear(), errors, conflict, model);
    }

    private String meetingPage(Subject subject, UUID systemId, EthicsRecords.Referral referral, String seen, String day,
                               String month, String year, FormErrors errors, EditConflict conflict, Model model) {
        model.addAttribute("system", referrals.forReferral(subject, systemId));
        model.addAttribute("referral", referral);
        model.addAttribute("seen", seen);
        model.addAttribute("errors", errors);
        model.addAttribute("conflict", conflict);
        model.addAttribute("meetingField", FormFields.date("meetingOn", "meetingOn", "Date of the panel meeting",
                day, month, year, errors));
        return "assurance/ethics-meeting";
    }

    /** A named referral must be a real one; none named means the latest. */
    static UUID referralId(String referral) {
        if (FormText.clean(referral) == null) {
            return null;
        }
        UUID id = FormText.uuid(referral);
        if (id == null) {
            throw new RecordNotFoundException(EthicsReferrals.RECORD_TYPE, referral);
        }
        return id;
    }
}
