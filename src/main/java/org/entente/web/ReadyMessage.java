package org.entente.web;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells the person who started Entente which address to open. */
public class ReadyMessage {

    private static final Logger LOG = Logger.getLogger(ReadyMessage.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.http.port") int port) {
        LOG.infof("Entente is ready: open http://localhost:%d/ in your browser", port);
    }
}
