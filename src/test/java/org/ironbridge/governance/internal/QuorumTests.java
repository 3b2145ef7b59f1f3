package org.ironbridge.governance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuorumTests {

    @Test
    void aBoardWithExactlyItsQuorumPresentIsQuorate() {
        assertThat(Quorum.met(3, 3)).isTrue();
        assertThat(Quorum.refusal(3, 5, 3)).isEmpty();
    }

    @Test
    void oneShortOfQuorumIsRefusedWithTheCountsTheSecretariatNeeds() {
        assertThat(Quorum.met(2, 3)).isFalse();
        assertThat(Quorum.refusal(2, 5, 3)).contains("The board was not quorate: 2 of its 5 members were present and "
                + "its quorum is 3. A decision cannot be recorded without quorum");
    }

    @Test
    void nobodyPresentIsNeverQuorate() {
        assertThat(Quorum.refusal(0, 4, 1)).isPresent();
    }
}
