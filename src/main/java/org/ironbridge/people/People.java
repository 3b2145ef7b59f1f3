package org.ironbridge.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.ironbridge.people.internal.PeopleDirectory;
import org.springframework.stereotype.Service;

/** The people module's facade for other modules. */
@Service
public class People {

    private final PeopleDirectory directory;

    People(PeopleDirectory directory) {
        this.directory = directory;
    }

    public Optional<PersonSummary> find(UUID personId) {
        return directory.summary(personId);
    }

    public List<PersonSummary> inForce(UUID forceId) {
        return directory.summaries(forceId);
    }

    public Optional<UUID> forceId(String forceCode) {
        return directory.forceId(forceCode);
    }

    public List<UnitSummary> units(UUID forceId) {
        return directory.unitSummaries(forceId);
    }

    public Optional<String> forceName(UUID forceId) {
        return directory.forceName(forceId);
    }
}
