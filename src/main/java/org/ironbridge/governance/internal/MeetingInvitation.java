package org.ironbridge.governance.internal;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ironbridge.people.PersonSummary;

/**
 * The iCalendar invitation for a board meeting, for members to add to their calendars: the agenda in the
 * description, every member as a required attendee. Times are written in UTC so every client agrees.
 */
public final class MeetingInvitation {

    private MeetingInvitation() {
    }

    public static String of(Board board, Meeting meeting, List<BoardMeetings.AgendaItem> agenda, Map<UUID, PersonSummary> people) {
        ZonedDateTime start = meeting.startsAt().atZone(BoardMeetings.LONDON).withZoneSameInstant(ZoneOffset.UTC);
        VEvent event = new VEvent(start, start.plusMinutes(meeting.durationMinutes()), board.name());
        event.add(new Uid(meeting.id() + "@ironbridge"));
        event.add(new Sequence(meeting.version() == null ? 0 : meeting.version()));
        event.add(new Location(meeting.location()));
        StringBuilder description = new StringBuilder("Agenda\n");
        agenda.forEach(item -> description.append(item.number()).append(". ").append(item.title()).append('\n'));
        event.add(new Description(description.toString()));
        board.memberIds().stream().map(people::get).filter(p -> p != null && p.email() != null).forEach(person -> {
            Attendee attendee = new Attendee(URI.create("mailto:" + person.email()));
            attendee.add(new Cn(person.displayName()));
            attendee.add(Role.REQ_PARTICIPANT);
            event.add(attendee);
        });
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ironbridge//Board meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(event);
        return calendar.toString();
    }
}
