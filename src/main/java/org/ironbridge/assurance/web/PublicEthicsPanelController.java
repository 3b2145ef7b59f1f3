package org.ironbridge.assurance.web;

import org.ironbridge.access.RecordNotFoundException;
import org.ironbridge.assurance.internal.EthicsPublication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The force's Ethics Panel page for the public, with no sign-in: each referral, and the panel's advice and the
 * force's responses as published. A part withheld as OFFICIAL-SENSITIVE shows only that it is withheld and why.
 */
@Controller
class PublicEthicsPanelController {

    private final EthicsPublication publication;

    PublicEthicsPanelController(EthicsPublication publication) {
        this.publication = publication;
    }

    @GetMapping("/ethics-panel/{forceCode}")
    String page(@PathVariable String forceCode, Model model) {
        model.addAttribute("page", publication.of(forceCode)
                .orElseThrow(() -> new RecordNotFoundException("Force", forceCode)));
        return "assurance/ethics-public";
    }
}
