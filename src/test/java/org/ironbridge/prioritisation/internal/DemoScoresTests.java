package org.ironbridge.prioritisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.ironbridge.support.IronbridgeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo assessors score every WMP idea under assessment or shortlisted once, and disagree on one of them. */
@IronbridgeTest
class DemoScoresTests {

    @Autowired
    DemoScores demo;
    @Autowired
    Shortlist shortlist;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService people;

    @Test
    void thePractitionerAndThePmoScoreUnscoredIdeasOnceWithADisagreement() {
        List<UUID> ideas = jdbc.queryForList("select i.id from idea i join force f on f.id = i.force_id where f.code = 'WMP' "
                + "and i.status = 'SUBMITTED' and not exists (select 1 from idea_score s where s.idea_id = i.id) "
                + "order by i.reference limit 2", UUID.class);
        assertThat(ideas).hasSize(2);
        ideas.forEach(id -> jdbc.update("update idea set status = 'UNDER_ASSESSMENT' where id = ?", id));
        try {
            demo.run(new DefaultApplicationArguments());
            for (UUID id : ideas) {
                assertThat(jdbc.queryForList("select p.username from idea_score s join person p on p.id = s.assessor_id "
                        + "where s.idea_id = ? order by p.username", String.class, id)).containsExactly("pmo", "practitioner");
            }
            int scores = jdbc.queryForObject("select count(*) from idea_score", Integer.class);
            demo.run(new DefaultApplicationArguments());
            assertThat(jdbc.queryForObject("select count(*) from idea_score", Integer.class)).isEqualTo(scores);
            List<Shortlist.Entry> entries = shortlist.ranked(((org.ironbridge.access.SignedInPerson) people
                    .loadUserByUsername("pmo")).subject()).stream().filter(e -> ideas.contains(e.idea().id())).toList();
            assertThat(entries).hasSize(2).allSatisfy(e -> {
                assertThat(e.assessors()).isEqualTo(2);
                assertThat(e.matrix().scored()).isTrue();
                assertThat(e.quadrant()).isNotNull();
            });
            assertThat(entries).anySatisfy(e -> assertThat(e.disagreements()).contains(Model.MATRIX));
        } finally {
            ideas.forEach(id -> jdbc.update("update idea set status = 'SUBMITTED' where id = ?", id));
        }
    }
}
