// htmx under the Content-Security-Policy: no inline indicator styles, no evaluated script, requests to this site only.
htmx.config.includeIndicatorStyles = false;
htmx.config.allowEval = false;
htmx.config.allowScriptTags = false;
htmx.config.selfRequestsOnly = true;
