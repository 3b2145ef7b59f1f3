package org.ironbridge.shell.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Pages anyone may read, signed in or not. */
@Controller
class InformationPages {

    @GetMapping("/accessibility")
    String accessibility() {
        return "shell/accessibility";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "shell/cookies";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "shell/signed-out";
    }
}
