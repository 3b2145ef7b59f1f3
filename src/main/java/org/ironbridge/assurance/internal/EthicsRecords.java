package org.ironbridge.assurance.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads referrals, the panel's advice and recommendations, and the packs, without any access check: the
 * services that show them to a person check first, and the public page reads only what is published.
 */
@Component
public class EthicsRecords {

    public record Referral(UUID id, UUID forceId, UUID systemId, String reference, ReferralKind kind, String question,
                           LocalDate meetingOn, UUID monitoringReviewId, String referredBy, Instant referredAt) {
    }

    public record Advice(UUID referralId, UUID outcomeId, String summary, LocalDate metOn, Boolean summaryPublished,
                         WithholdingReason summaryWithheld, boolean given, String givenBy, Instant givenAt, int version,
                         String updatedBy, Instant updatedAt) {
    }

    public record Recommendation(UUID id, UUID referralId, int position, String text, Boolean published,
                                 WithholdingReason withheld, ForceResponse response, String responseText,
                                 String respondedBy, Instant respondedAt, int version) {

        /** Numbered from 1, as the panel numbers them. */
        public int number() {
            return position + 1;
        }
    }

    public record PackEntry(int position, String section, String heading, String status, String body) {

        public boolean step() {
            return "STEP".equals(section);
        }
    }

    private final JdbcClient jdbc;

    EthicsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The system's referrals, newest first. */
    public List<Referral> ofSystem(UUID systemId) {
        return jdbc.sql("select * from ethics_referral where system_id = ? order by referred_at desc, reference desc")
                .param(systemId).query(EthicsRecords::referral).list();
    }

    public Optional<Referral> latest(UUID systemId) {
        return ofSystem(systemId).stream().findFirst();
    }

    public Optional<Referral> referral(UUID id) {
        return id == null ? Optional.empty() : jdbc.sql("select * from ethics_referral where id = ?").param(id)
                .query(EthicsRecords::referral).optional();
    }

    /** Every referral of the force, newest first. */
    public List<Referral> ofForce(UUID forceId) {
        return jdbc.sql("select * from ethics_referral where force_id = ? order by referred_at desc, reference desc")
                .param(forceId).query(EthicsRecords::referral).list();
    }

    public Optional<Advice> advice(UUID referralId) {
        return jdbc.sql("select * from ethics_advice where referral_id = ?").param(referralId)
                .query(EthicsRecords::advice).optional();
    }

    /** The advice once the panel has given it; a draft is the panel's alone. */
    public Optional<Advice> givenAdvice(UUID referralId) {
        return advice(referralId).filter(Advice::given);
    }

    public List<Recommendation> recommendations(UUID referralId) {
        return jdbc.sql("select * from ethics_recommendation where referral_id = ? order by position").param(referralId)
                .query(EthicsRecords::recommendation).list();
    }

    public List<PackEntry> pack(UUID referralId) {
        return jdbc.sql("select position, section, heading, status, body from ethics_pack_entry where referral_id = ? "
                + "order by position").param(referralId).query(PackEntry.class).list();
    }

    private static Referral referral(ResultSet rs, int row) throws SQLException {
        Date meeting = rs.getDate("meeting_on");
        return new Referral(rs.getObject("id", UUID.class), rs.getObject("force_id", UUID.class),
                rs.getObject("system_id", UUID.class), rs.getString("reference"), ReferralKind.valueOf(rs.getString("kind")),
                rs.getString("question"), meeting == null ? null : meeting.toLocalDate(),
                rs.getObject("monitoring_review_id", UUID.class), rs.getString("referred_by"),
                rs.getTimestamp("referred_at").toInstant());
    }

    private static Advice advice(ResultSet rs, int row) throws SQLException {
        Date met = rs.getDate("met_on");
        String withheld = rs.getString("summary_withheld");
        return new Advice(rs.getObject("referral_id", UUID.class), rs.getObject("outcome_id", UUID.class),
                rs.getString("summary"), met == null ? null : met.toLocalDate(), rs.getObject("summary_published", Boolean.class),
                withheld == null ? null : WithholdingReason.valueOf(withheld), rs.getBoolean("given"), rs.getString("given_by"),
                instant(rs.getTimestamp("given_at")), rs.getInt("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Recommendation recommendation(ResultSet rs, int row) throws SQLException {
        String withheld = rs.getString("withheld");
        String response = rs.getString("response");
        return new Recommendation(rs.getObject("id", UUID.class), rs.getObject("referral_id", UUID.class),
                rs.getInt("position"), rs.getString("text"), rs.getObject("published", Boolean.class),
                withheld == null ? null : WithholdingReason.valueOf(withheld),
                response == null ? null : ForceResponse.valueOf(response), rs.getString("response_text"),
                rs.getString("responded_by"), instant(rs.getTimestamp("responded_at")), rs.getInt("version"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
