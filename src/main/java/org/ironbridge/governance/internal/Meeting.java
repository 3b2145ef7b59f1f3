package org.ironbridge.governance.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A meeting of a board: when and where, who came and who sent apologies, and its minutes. */
@Table("meeting")
public record Meeting(@Id UUID id, UUID forceId, UUID boardId, LocalDateTime startsAt, int durationMinutes,
                      String location, String minutes, String minutesBy, Instant minutesAt, String createdBy,
                      @Version Integer version, @MappedCollection(idColumn = "meeting_id") Set<Attendance> attendance) {

    public enum Presence { PRESENT, APOLOGIES }

    @Table("meeting_attendance")
    public record Attendance(UUID personId, Presence attendance) {
    }

    static Meeting schedule(UUID forceId, UUID boardId, LocalDateTime startsAt, int durationMinutes, String location,
                            String createdBy) {
        return new Meeting(UUID.randomUUID(), forceId, boardId, startsAt, durationMinutes, location, null, null, null,
                createdBy, null, Set.of());
    }

    public Set<UUID> present() {
        return attendance.stream().filter(a -> a.attendance() == Presence.PRESENT).map(Attendance::personId)
                .collect(Collectors.toSet());
    }

    public Set<UUID> apologies() {
        return attendance.stream().filter(a -> a.attendance() == Presence.APOLOGIES).map(Attendance::personId)
                .collect(Collectors.toSet());
    }

    public boolean attendanceRecorded() {
        return !attendance.isEmpty();
    }

    Meeting withAttendance(Set<Attendance> recorded) {
        return new Meeting(id, forceId, boardId, startsAt, durationMinutes, location, minutes, minutesBy, minutesAt,
                createdBy, version, recorded);
    }

    Meeting withMinutes(String text, String by, Instant at) {
        return new Meeting(id, forceId, boardId, startsAt, durationMinutes, location, text, by, at, createdBy, version,
                attendance);
    }
}
