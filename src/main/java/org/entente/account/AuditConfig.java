package org.entente.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The audit trail's settings (prefix {@code entente.audit}); see docs/configuration.md. */
@ConfigMapping(prefix = "entente.audit")
public interface AuditConfig {

    /** Security events older than this are deleted by the daily housekeeping. */
    @WithDefault("400D")
    Duration retention();
}
