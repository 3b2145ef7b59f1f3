package org.ironbridge.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The secret that keys the chain's hashes. It lives outside the database, so that someone who can
 * write to the database alone cannot forge a well-formed event. Production must configure it; the
 * embedded default keeps one beside its data.
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final byte[] key;

    AuditKey(@Value("${ironbridge.audit.key:}") String configured,
             @Value("${ironbridge.data-directory:./data}") String dataDirectory,
             Environment environment) {
        if (!configured.isBlank()) {
            this.key = configured.getBytes(StandardCharsets.UTF_8);
        } else if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The prod profile needs IRONBRIDGE_AUDIT_KEY (ironbridge.audit.key): "
                    + "a secret of at least 32 characters that keys the audit trail's hash chain.");
        } else {
            this.key = keyFile(Path.of(dataDirectory, "audit.key"));
        }
        if (key.length < 16) {
            throw new IllegalStateException("ironbridge.audit.key must be at least 16 characters long.");
        }
    }

    byte[] bytes() {
        return Arrays.copyOf(key, key.length);
    }

    private static byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                Files.writeString(file, Base64.getEncoder().encodeToString(random));
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    log.warn("Could not restrict permissions on {}", file);
                }
                log.info("Created the audit trail key at {}", file.toAbsolutePath());
            }
            return Files.readString(file).trim().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the audit key at " + file, e);
        }
    }
}
