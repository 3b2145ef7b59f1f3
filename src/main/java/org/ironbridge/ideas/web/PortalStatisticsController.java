package org.ironbridge.ideas.web;

import java.nio.charset.StandardCharsets;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.ideas.internal.PortalStatistics;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The portal's figures for the force's leaders and the change team, on a page and as CSV. */
@Controller
class PortalStatisticsController {

    private final PortalStatistics statistics;

    PortalStatisticsController(PortalStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/ideas/statistics")
    String page(Authentication authentication, Model model) {
        model.addAttribute("stats", statistics.of(AccessPolicy.subjectOf(authentication).forceId()));
        return "ideas/statistics";
    }

    @GetMapping("/ideas/statistics.csv")
    ResponseEntity<byte[]> csv(Authentication authentication) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ideas-statistics-" + subject.forceCode() + ".csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(statistics.csv(subject.forceId()).getBytes(StandardCharsets.UTF_8));
    }
}
