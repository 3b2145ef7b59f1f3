package org.ironbridge.assurance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Where the system's DPIA stands, for the system page and as evidence at a gate: not started, screened (complete
 * when no full DPIA is needed), a draft in progress, or signed off by the DPO.
 */
@Component
class DpiaOutcome implements AssuranceStep {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final DpiaScreenings screenings;
    private final DpiaRows rows;
    private final Clock clock;

    DpiaOutcome(DpiaScreenings screenings, DpiaRows rows, Clock clock) {
        this.screenings = screenings;
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String name() {
        return "DPIA outcome";
    }

    @Override
    public Progress progress(AiSystem system) {
        String href = "/assurance/systems/" + system.id() + "/dpia";
        Optional<DpiaScreening> screening = screenings.latest(system.id());
        Optional<Dpia> latest = rows.latest(system.id());
        if (latest.isPresent()) {
            return latest.get().signedOff() ? signedOff(href, latest.get()) : draft(href, latest.get());
        }
        if (screening.isEmpty()) {
            return Progress.notStarted(href, "Not screened: the ICO's screening questions decide whether a full DPIA "
                    + "is needed before the system is approved.");
        }
        DpiaScreening s = screening.get();
        String screened = "Screened on " + s.screenedAt().atZone(AiSystems.LONDON).format(DAY);
        if (!s.fullDpiaRequired()) {
            return Progress.done(href, "Not required", screened + ": no full DPIA is needed. " + sentence(s.reason()));
        }
        return Progress.inProgress(href, "Screened", screened + ": a full DPIA is required and has not been started.");
    }

    private static Progress draft(String href, Dpia dpia) {
        DpiaRisk.RiskLevel highest = dpia.highestResidual();
        String detail = "Version " + dpia.number() + " is a draft in progress, not yet signed off by the DPO; "
                + (highest == null ? "no residual risk assessed yet." : "highest residual risk so far "
                + highest.label().toLowerCase(Locale.UK) + ".")
                + (dpia.needsPriorConsultation() ? " " + Dpia.PRIOR_CONSULTATION + "." : "");
        return Progress.inProgress(href, "Draft version " + dpia.number(), detail);
    }

    private Progress signedOff(String href, Dpia dpia) {
        Dpia.SignOff s = dpia.signOff();
        DpiaRisk.RiskLevel highest = dpia.highestResidual();
        LocalDate today = LocalDate.now(clock.withZone(AiSystems.LONDON));
        String detail = "Version " + dpia.number() + " signed off on " + s.signedOffAt().atZone(AiSystems.LONDON).format(DAY)
                + " by " + s.signedOffName() + "; DPO advice " + (s.adviceFollowed() ? "followed" : "overruled")
                + "; highest residual risk " + (highest == null ? "none" : highest.label().toLowerCase(Locale.UK))
                + "; " + (s.reviewDate().isBefore(today) ? "review overdue since " : "review due by ")
                + s.reviewDate().format(DAY) + "."
                + (dpia.needsPriorConsultation() ? " " + Dpia.PRIOR_CONSULTATION + "." : "");
        return Progress.done(href, "Signed off", detail);
    }

    private static String sentence(String text) {
        if (text == null) {
            return "";
        }
        return text.endsWith(".") ? text : text + ".";
    }
}
