package org.ironbridge.portfolio;

import java.util.UUID;

/** An initiative whose words or title resemble a text, with how closely (0 to 1, higher is closer). */
public record SimilarInitiative(UUID id, String reference, String title, Stage stage, double score) {
}
