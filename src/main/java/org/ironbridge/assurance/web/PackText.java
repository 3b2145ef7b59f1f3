package org.ironbridge.assurance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.EthicsRecords;
import org.ironbridge.assurance.internal.EthicsReferrals;
import org.springframework.stereotype.Component;

/** The referral pack as a plain text file, marked OFFICIAL-SENSITIVE at the top and the bottom. */
@Component
class PackText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Clock clock;

    PackText(Clock clock) {
        this.clock = clock;
    }

    String of(EthicsReferrals.Pack pack, Subject reader) {
        EthicsRecords.Referral referral = pack.referral();
        StringBuilder text = new StringBuilder();
        text.append("OFFICIAL-SENSITIVE\n\n");
        heading(text, "Ethics Panel referral pack " + referral.reference(), '=');
        text.append("AI system: ").append(pack.system().reference()).append(' ').append(pack.system().name()).append('\n');
        text.append(referral.kind().label()).append(" made on ")
                .append(LocalDate.ofInstant(referral.referredAt(), LONDON).format(DAY)).append(" by ")
                .append(referral.referredBy()).append('\n');
        text.append("Panel meeting: ").append(referral.meetingOn() == null ? "to be arranged"
                : referral.meetingOn().format(DAY)).append('\n');
        text.append("Exported on ").append(LocalDate.now(clock.withZone(LONDON)).format(DAY)).append(" by ")
                .append(reader.displayName()).append(" (").append(reader.username()).append(")\n\n");
        heading(text, "Questions for the panel", '-');
        text.append(referral.question()).append("\n\n");
        heading(text, "Register entry", '-');
        pack.entries().stream().filter(e -> !e.step()).forEach(e ->
                text.append(e.heading()).append(":\n").append(indent(e.body())).append('\n'));
        text.append('\n');
        heading(text, "Assurance, as it stood when the system was referred", '-');
        pack.entries().stream().filter(EthicsRecords.PackEntry::step).forEach(e ->
                text.append(e.heading()).append(e.status() == null ? "" : " (" + e.status() + ")").append(":\n")
                        .append(indent(e.body())).append('\n'));
        if (pack.entries().stream().noneMatch(EthicsRecords.PackEntry::step)) {
            text.append("No assurance steps were recorded.\n");
        }
        text.append("\nOFFICIAL-SENSITIVE\n");
        return text.toString();
    }

    private static void heading(StringBuilder text, String heading, char underline) {
        text.append(heading).append('\n').append(String.valueOf(underline).repeat(heading.length())).append('\n');
    }

    private static String indent(String body) {
        return "  " + body.replace("\r\n", "\n").replace("\n", "\n  ");
    }
}
