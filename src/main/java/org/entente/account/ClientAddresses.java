package org.entente.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.Optional;

/**
 * Fails closed on the client address: with forwarded headers on and no trusted proxy named, Quarkus would believe
 * X-Forwarded-For from anyone, and a guesser could give every attempt a new address. Start-up stops instead.
 */
@ApplicationScoped
public class ClientAddresses {

    void check(@Observes StartupEvent event) {
        var config = ConfigProvider.getConfig();
        boolean forwarding = config.getOptionalValue("quarkus.http.proxy.proxy-address-forwarding", Boolean.class)
                .orElse(false);
        Optional<String> trusted = config.getOptionalValue("quarkus.http.proxy.trusted-proxies", String.class)
                .filter(value -> !value.isBlank());
        if (forwarding && trusted.isEmpty()) {
            throw new IllegalStateException("ENTENTE_TRUSTED_PROXIES is empty: name the proxies (addresses or CIDRs)"
                    + " whose X-Forwarded-For may be believed, e.g. 10.0.0.0/8 for the ingress, or 127.0.0.1 for none");
        }
    }
}
