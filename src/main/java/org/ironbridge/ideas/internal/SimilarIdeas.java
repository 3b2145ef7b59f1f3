package org.ironbridge.ideas.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Classification;
import org.ironbridge.access.Subject;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.IdeaStatus;
import org.ironbridge.portfolio.InitiativeSummary;
import org.ironbridge.portfolio.Portfolio;
import org.ironbridge.portfolio.SimilarInitiative;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What already exists like the idea being written: the force's published ideas (full text, where any
 * distinctive word counts, plus the spelling of the title) and its initiatives, in one ranking, each with
 * where it stands and, for an idea already answered, the answer. It only suggests: nothing is blocked.
 *
 * <p>Common words would make "any word" match most of a large portal, and ranking every match is what
 * costs time. So the words that PostgreSQL's statistics say occur in more than {@value #COMMON_WORD_ROWS}
 * ideas only count together (all of them), while the rarer ones count alone; the ranking of the few
 * candidates found that way then uses every word.
 */
@Component
public class SimilarIdeas {

    /** The idea form's "Check for similar ideas" button: shows the suggestions, saves nothing. */
    public static final String CHECK = "check";
    public static final int LIMIT = 5;
    static final int COMMON_WORD_ROWS = 2_000;
    private static final int CANDIDATES = 40;
    static final double TITLE_SIMILARITY = 0.5;
    private static final int MAX_WORDS = 24;
    private static final int MAX_TEXT = 1_000;
    private static final UUID NONE = new UUID(0, 0);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    /** One suggestion: an idea or an initiative, where it stands, where to read it (null: the reader may not) and what became of it. */
    public record Suggestion(String reference, String title, String status, String href, String outcome,
                             String outcomeHref, String outcomeLinkText, boolean initiative, double score) {
    }

    private final JdbcClient jdbc;
    private final Portfolio portfolio;
    private final AccessPolicy policy;

    SimilarIdeas(JdbcClient jdbc, Portfolio portfolio, AccessPolicy policy) {
        this.jdbc = jdbc;
        this.portfolio = portfolio;
        this.policy = policy;
    }

    /** Up to five ideas and initiatives like this title and problem, closest first, never the idea {@code except}. */
    @Transactional(readOnly = true)
    public List<Suggestion> suggest(Subject subject, String title, String problem, UUID except) {
        String cleanTitle = shorten(FormText.clean(title));
        String cleanProblem = FormText.clean(problem);
        String text = shorten(((cleanTitle == null ? "" : cleanTitle) + " " + (cleanProblem == null ? "" : cleanProblem))
                .strip());
        if (text == null || text.length() < 3) {
            return List.of();
        }
        List<Word> words = words(text);
        List<Suggestion> found = new ArrayList<>(ideas(subject, cleanTitle == null ? text : cleanTitle, words, except));
        for (SimilarInitiative initiative : portfolio.similarTo(subject, cleanTitle, text, LIMIT)) {
            found.add(new Suggestion(initiative.reference(), initiative.title(), "Initiative: " + initiative.stage().label(),
                    initiativeHref(subject, initiative.id()), null, null, null, true, initiative.score()));
        }
        return found.stream().sorted(Comparator.comparingDouble(Suggestion::score).reversed()).limit(LIMIT).toList();
    }

    private List<Suggestion> ideas(Subject subject, String title, List<Word> words, UUID except) {
        if (words.isEmpty() && title.length() < 3) {
            return List.of();
        }
        List<Word> rare = words.stream().filter(w -> w.rows() <= COMMON_WORD_ROWS).limit(MAX_WORDS).toList();
        String narrow = rare.isEmpty() ? tsquery(words, " & ") : tsquery(rare, " | ");
        String wide = tsquery(words.stream().limit(MAX_WORDS).toList(), " | ");
        boolean sensitiveToo = subject.vetting().atLeast(Classification.OFFICIAL_SENSITIVE.minimumVetting());
        // Titles at least this alike by trigrams: near-duplicates and misspellings. Lower, and on a large portal the
        // index finds so many candidates that checking them costs a second (see bench/README.md).
        jdbc.sql("select set_config('pg_trgm.similarity_threshold', :threshold, true)")
                .param("threshold", String.valueOf(TITLE_SIMILARITY)).query(String.class).single();
        List<Row> rows = jdbc.sql("""
                with candidate as (
                    (select id from idea
                     where force_id = :force and status <> 'DRAFT' and id <> :except and search @@ cast(:narrow as tsquery)
                     order by ts_rank_cd(search, cast(:narrow as tsquery)) desc limit :candidates)
                    union
                    (select id from idea
                     where force_id = :force and status <> 'DRAFT' and id <> :except and title % :title
                     order by similarity(title, :title) desc limit :candidates))
                select i.id, i.reference, i.title, i.status, i.decided_at, i.answer, r.label, d.id, d.reference, d.title,
                       i.initiative_id,
                       0.6 * ts_rank_cd(i.search, cast(:wide as tsquery), 32) + 0.4 * similarity(i.title, :title) as score
                from candidate c join idea i on i.id = c.id
                     left join idea_decline_reason r on r.id = i.decline_reason_id
                     left join idea d on d.id = i.duplicate_of_id and d.status <> 'DRAFT'
                where :sensitive or i.classification = 'OFFICIAL'
                order by score desc, i.reference
                limit :limit
                """)
                .param("force", subject.forceId())
                .param("except", except == null ? NONE : except)
                .param("narrow", narrow)
                .param("wide", wide)
                .param("title", title)
                .param("candidates", CANDIDATES)
                .param("sensitive", sensitiveToo)
                .param("limit", LIMIT)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        IdeaStatus.valueOf(rs.getString(4)), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9), rs.getString(10),
                        rs.getObject(11, UUID.class), rs.getDouble(12)))
                .list();
        return rows.stream().map(row -> suggestion(subject, row)).toList();
    }

    private record Row(UUID id, String reference, String title, IdeaStatus status, Instant decidedAt, String answer,
                       String declineReason, UUID duplicateOfId, String duplicateOfReference, String duplicateOfTitle,
                       UUID initiativeId, double score) {
    }

    private Suggestion suggestion(Subject subject, Row row) {
        String href = "/ideas/" + row.id();
        String outcome = null;
        String outcomeHref = null;
        String outcomeLinkText = null;
        switch (row.status()) {
            case DECLINED -> outcome = declined(row);
            case DUPLICATE -> {
                if (row.duplicateOfId() != null) {
                    outcome = "A duplicate of";
                    outcomeHref = "/ideas/" + row.duplicateOfId();
                    outcomeLinkText = row.duplicateOfReference() + " " + row.duplicateOfTitle();
                }
            }
            case APPROVED, ALREADY_BEING_DONE -> {
                InitiativeSummary initiative = row.initiativeId() == null ? null
                        : portfolio.find(row.initiativeId()).filter(i -> i.forceId().equals(subject.forceId())).orElse(null);
                if (initiative != null) {
                    outcome = row.status() == IdeaStatus.APPROVED ? "Became the initiative" : "Already covered by the initiative";
                    outcomeHref = initiativeHref(subject, initiative.id());
                    outcomeLinkText = initiative.reference() + " " + initiative.title() + " (" + initiative.stage().label() + ")";
                }
            }
            default -> {
            }
        }
        return new Suggestion(row.reference(), row.title(), row.status().label(), href, outcome, outcomeHref,
                outcomeLinkText, false, row.score());
    }

    /** "Considered in March 2026 and declined: reason – the moderator's answer". */
    static String declined(Row row) {
        StringBuilder text = new StringBuilder(row.decidedAt() == null ? "Considered and declined"
                : "Considered in " + MONTH.format(row.decidedAt()) + " and declined");
        if (row.declineReason() != null) {
            text.append(": ").append(row.declineReason());
        }
        if (row.answer() != null && !row.answer().isBlank()) {
            text.append(row.declineReason() == null ? ": " : " – ").append(row.answer().strip());
        }
        return text.toString();
    }

    /** Where to read an initiative, or null when this person may not open the portfolio. */
    private String initiativeHref(Subject subject, UUID initiativeId) {
        String path = "/portfolio/initiatives/" + initiativeId;
        return policy.allowsRoute(subject, "GET", path) ? path : null;
    }

    /** A word of the text as PostgreSQL indexes it, with roughly how many ideas hold it (0 when it is not common). */
    record Word(String lexeme, double rows) {
    }

    /** The text's words, stemmed as the search column is, rarest first. */
    private List<Word> words(String text) {
        return jdbc.sql("""
                select w.lexeme, coalesce(e.freq * greatest(c.reltuples, 0), 0)
                from unnest(tsvector_to_array(to_tsvector('english', :text))) as w(lexeme)
                left join (select e.elem, e.freq
                           from pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) as e(elem, freq)
                           where s.schemaname = current_schema() and s.tablename = 'idea' and s.attname = 'search'
                             and e.elem is not null) e on e.elem = w.lexeme
                cross join (select reltuples from pg_class where oid = 'idea'::regclass) c
                order by 2, 1
                """)
                .param("text", text)
                .query((rs, n) -> new Word(rs.getString(1), rs.getDouble(2)))
                .list();
    }

    /** A tsquery of these lexemes joined by the operator, each quoted, so no typed text is read as query syntax. */
    static String tsquery(List<Word> words, String operator) {
        List<String> quoted = words.stream()
                .map(w -> "'" + w.lexeme().replace("\\", "\\\\").replace("'", "''") + "'").toList();
        return String.join(operator, quoted);
    }

    private static String shorten(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
