package org.ironbridge.portfolio.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.portfolio.internal.ChangeImpactLog;
import org.ironbridge.portfolio.internal.ChangeSaturation;
import org.ironbridge.portfolio.internal.ForceNames;
import org.ironbridge.portfolio.internal.Initiative;
import org.ironbridge.portfolio.internal.InitiativeEditing;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An initiative's change impact, and the force's change impact by business area and month. */
@Controller
class ChangeImpactController {

    /** Months shown at once: half a year fits a page and still shows where change piles up. */
    static final int WINDOW = 6;
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private final InitiativeEditing editing;
    private final ChangeImpactLog impacts;
    private final ChangeSaturation saturation;
    private final ForceNames names;
    private final Clock clock;

    ChangeImpactController(InitiativeEditing editing, ChangeImpactLog impacts, ChangeSaturation saturation,
                           ForceNames names, Clock clock) {
        this.editing = editing;
        this.impacts = impacts;
        this.saturation = saturation;
        this.names = names;
        this.clock = clock;
    }

    static String impactPage(UUID initiativeId) {
        return "/portfolio/initiatives/" + initiativeId + "/change-impact";
    }

    @GetMapping("/portfolio/initiatives/{initiativeId}/change-impact")
    String initiative(@PathVariable UUID initiativeId, Authentication authentication, Model model) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        Initiative initiative = editing.open(subject, initiativeId);
        model.addAttribute("initiative", initiative);
        model.addAttribute("mayEdit", editing.mayEdit(subject, initiative));
        model.addAttribute("units", names.units(subject.forceId()));
        model.addAttribute("impacts", impacts.of(initiativeId));
        model.addAttribute("month", MONTH);
        return "portfolio/change-impact";
    }

    /** From the month asked for (YYYY-MM), else this month. */
    @GetMapping("/portfolio/change-impact")
    String force(@RequestParam(required = false) String from, Authentication authentication, Model model) {
        YearMonth start = month(from);
        model.addAttribute("view", saturation.of(AccessPolicy.subjectOf(authentication), start, WINDOW));
        model.addAttribute("start", start);
        model.addAttribute("previous", start.minusMonths(WINDOW));
        model.addAttribute("next", start.plusMonths(WINDOW));
        model.addAttribute("month", MONTH);
        return "portfolio/change-saturation";
    }

    private YearMonth month(String from) {
        YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/London")));
        if (from == null || !from.strip().matches("\\d{4}-\\d{2}")) {
            return now;
        }
        try {
            YearMonth asked = YearMonth.parse(from.strip());
            return asked.getYear() < 2000 || asked.getYear() > 2100 ? now : asked;
        } catch (DateTimeException notAMonth) {
            return now;
        }
    }
}
