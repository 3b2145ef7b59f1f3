package org.ironbridge.ideas.web;

import org.ironbridge.access.AccessPolicy;
import org.ironbridge.govuk.FormText;
import org.ironbridge.ideas.internal.SimilarIdeas;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The similar ideas and initiatives that htmx puts under the idea form as its title and problem are typed. */
@Controller
class SimilarIdeaPages {

    private final SimilarIdeas similar;

    SimilarIdeaPages(SimilarIdeas similar) {
        this.similar = similar;
    }

    @GetMapping("/ideas/similar")
    String similar(@RequestParam(required = false) String title, @RequestParam(required = false) String problem,
                   @RequestParam(required = false) String except, Authentication authentication, Model model) {
        model.addAttribute("similar", similar.suggest(AccessPolicy.subjectOf(authentication), title, problem,
                FormText.uuid(except)));
        return "ideas/similar :: suggestions";
    }
}
