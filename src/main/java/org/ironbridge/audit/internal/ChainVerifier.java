package org.ironbridge.audit.internal;

import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Stream;

import org.ironbridge.audit.ChainVerification;
import org.ironbridge.audit.ChainVerification.Break;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the chain in sequence order and reports the first break. A row whose hash does not match its
 * content was changed if its successor still links to it, and inserted if the chain skips over it; a
 * row that is sound but links to a hash elsewhere in the table is out of order; one that links to a
 * hash nowhere in the table follows a missing event. The sealed head catches removal of the newest.
 */
@Component
public class ChainVerifier {

    private static final String GENESIS = "GENESIS";

    private final JdbcClient jdbc;
    private final EventHasher hasher;

    ChainVerifier(JdbcClient jdbc, EventHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    public ChainVerification verify() {
        record Head(long seq, String hash, String seal) { }
        Head head = jdbc.sql("select seq, hash, seal from audit_chain_head where id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3))).single();
        if (head.seq() > 0 && !hasher.seal(head.seq(), head.hash()).equals(head.seal())) {
            return ChainVerification.broken(0, head.seq(), Break.CHANGED, "the chain's sealed head was altered");
        }
        long checked = 0;
        String expectedPrev = GENESIS;
        StoredEvent last = null;
        try (Stream<StoredEvent> rows = jdbc.sql("select " + StoredEvent.COLUMNS + " from audit_event order by seq")
                .withFetchSize(500).query(StoredEvent::map).stream()) {
            Iterator<StoredEvent> it = rows.iterator();
            StoredEvent current = it.hasNext() ? it.next() : null;
            while (current != null) {
                StoredEvent next = it.hasNext() ? it.next() : null;
                checked++;
                Optional<ChainVerification> broken = check(current, next, expectedPrev, head.hash(), checked);
                if (broken.isPresent()) {
                    return broken.get();
                }
                expectedPrev = current.hash();
                last = current;
                current = next;
            }
        }
        if (last == null ? head.seq() > 0 : !last.hash().equals(head.hash())) {
            long afterSeq = last == null ? 0 : last.seq();
            return ChainVerification.broken(checked, afterSeq + 1, Break.MISSING,
                    "the newest events after event " + afterSeq + " are missing; the head records event " + head.seq());
        }
        return ChainVerification.intact(checked);
    }

    private Optional<ChainVerification> check(StoredEvent row, StoredEvent next, String expectedPrev,
                                              String headHash, long checked) {
        if (!row.recomputeWith(hasher).equals(row.hash())) {
            boolean successorLinksHere = next != null ? row.hash().equals(next.prevHash()) : row.hash().equals(headHash);
            boolean chainSkipsIt = next != null && expectedPrev.equals(next.prevHash());
            if (!successorLinksHere && (chainSkipsIt || next == null)) {
                return Optional.of(ChainVerification.broken(checked, row.seq(), Break.INSERTED,
                        "its hash was not made by the application and the chain does not pass through it"));
            }
            return Optional.of(ChainVerification.broken(checked, row.seq(), Break.CHANGED,
                    "its content no longer matches its hash"));
        }
        if (!row.prevHash().equals(expectedPrev)) {
            Optional<Long> linkedSeq = jdbc.sql("select seq from audit_event where hash = :h")
                    .param("h", row.prevHash()).query(Long.class).optional();
            if (linkedSeq.isPresent()) {
                return Optional.of(ChainVerification.broken(checked, row.seq(), Break.OUT_OF_ORDER,
                        "it follows event " + linkedSeq.get() + " in the chain but is stored before it"));
            }
            return Optional.of(ChainVerification.broken(checked, row.seq(), Break.MISSING,
                    "the event it follows is no longer in the trail"));
        }
        return Optional.empty();
    }
}
