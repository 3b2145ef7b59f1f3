package org.ironbridge.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Hashes an event's content together with the previous event's hash (HMAC-SHA256). Every field is
 * length-prefixed so that no two different events can share an encoding. The sequence number is not
 * hashed: order is carried by the link to the previous hash, so a reordering shows as such.
 */
@Component
public class EventHasher {

    private final SecretKeySpec key;

    EventHasher(AuditKey auditKey) {
        this.key = new SecretKeySpec(auditKey.bytes(), "HmacSHA256");
    }

    String hash(UUID id, Instant occurredAt, String actor, String forceCode, String recordType, String recordId,
                String operation, String summary, String changes, String justification, String prevHash) {
        StringBuilder content = new StringBuilder(256);
        for (String field : new String[] {id.toString(), occurredAt.toString(), actor, forceCode, recordType,
                recordId, operation, summary, changes, justification, prevHash}) {
            if (field == null) {
                content.append("-1:");
            } else {
                content.append(field.length()).append(':').append(field);
            }
            content.append('|');
        }
        return mac(content.toString());
    }

    String seal(long seq, String hash) {
        return mac("head|" + seq + "|" + hash);
    }

    private String mac(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
