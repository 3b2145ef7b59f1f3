package org.ironbridge.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** All times are taken from one clock, in UTC, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
