package org.ironbridge.assurance.web;

import java.util.Map;
import java.util.UUID;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.access.Subject;
import org.ironbridge.assurance.internal.AiSystem;
import org.ironbridge.assurance.internal.AiSystems;
import org.ironbridge.assurance.internal.TransparencyRecord;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A system's Algorithmic Transparency Recording Standard record, as a page and as JSON. */
@Controller
class TransparencyController {

    private final AiSystems systems;
    private final TransparencyRecord records;

    TransparencyController(AiSystems systems, TransparencyRecord records) {
        this.systems = systems;
        this.records = records;
    }

    @GetMapping("/assurance/systems/{systemId}/transparency-record")
    String page(@PathVariable UUID systemId, Authentication authentication, Model model) {
        AiSystem system = systems.open(AccessPolicy.subjectOf(authentication), systemId);
        model.addAttribute("system", system);
        model.addAttribute("record", records.of(system));
        return "assurance/transparency-record";
    }

    @GetMapping(value = "/assurance/systems/{systemId}/transparency-record.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable UUID systemId, Authentication authentication) {
        Subject subject = AccessPolicy.subjectOf(authentication);
        AiSystem system = systems.open(subject, systemId);
        Map<String, Object> json = records.export(subject, system).json();
        String file = "atrs-" + system.reference().toLowerCase(java.util.Locale.ROOT) + ".json";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(MediaType.APPLICATION_JSON).body(json);
    }
}
