package org.custos.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Applies {@code custos.session.timeout.minutes} (default 30) to every new session. */
@WebListener
public class SessionTimeoutListener implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "custos.session.timeout.minutes", defaultValue = "30")
    int minutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(Math.max(1, minutes) * 60);
    }
}
