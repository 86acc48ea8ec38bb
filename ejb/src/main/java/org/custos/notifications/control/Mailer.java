package org.custos.notifications.control;

import jakarta.enterprise.context.Dependent;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends plain-text mail over SMTP as configured by {@code CUSTOS_SMTP_*}. Without a host nothing is sent
 * (the inbox still works). The settings are read on every send, so a changed setting needs no restart.
 * A failure is logged and reported as {@code false}, never thrown: the caller retries on its next run.
 */
@Dependent
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
    private static final AtomicBoolean TOLD_OFF = new AtomicBoolean();
    private static final int TIMEOUT_MS = 15_000;

    /** The SMTP settings; {@code host} null means mail is off. */
    public record Settings(String host, int port, String from, String user, String password, boolean startTls,
            String baseUrl) {

        public boolean configured() {
            return host != null;
        }
    }

    public Settings settings() {
        Config c = ConfigProvider.getConfig();
        String host = c.getOptionalValue("custos.smtp.host", String.class).map(String::strip).filter(s -> !s.isEmpty())
                .orElse(null);
        int port = c.getOptionalValue("custos.smtp.port", Integer.class).orElse(25);
        String from = c.getOptionalValue("custos.smtp.from", String.class).map(String::strip).filter(s -> !s.isEmpty())
                .orElse("custos@localhost");
        String user = c.getOptionalValue("custos.smtp.user", String.class).filter(s -> !s.isBlank()).orElse(null);
        String password = c.getOptionalValue("custos.smtp.password", String.class).orElse(null);
        boolean startTls = c.getOptionalValue("custos.smtp.starttls", Boolean.class).orElse(false);
        String baseUrl = c.getOptionalValue("custos.public.url", String.class).orElse(null);
        Settings s = new Settings(host, port, from, user, password, startTls, baseUrl);
        if (host == null) {
            if (TOLD_OFF.compareAndSet(false, true)) {
                LOG.info("No CUSTOS_SMTP_HOST configured: notifications stay in the inbox, no mail is sent");
            }
        } else {
            TOLD_OFF.set(false);
        }
        return s;
    }

    /** Sends one mail; false (logged) when the address is unusable or the server refuses or is unreachable. */
    public boolean send(Settings s, String to, String subject, String body) {
        if (!s.configured() || to == null || to.isBlank()) {
            return false;
        }
        Properties p = new Properties();
        p.put("mail.smtp.host", s.host());
        p.put("mail.smtp.port", Integer.toString(s.port()));
        p.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MS));
        p.put("mail.smtp.auth", Boolean.toString(s.user() != null));
        p.put("mail.smtp.starttls.enable", Boolean.toString(s.startTls()));
        p.put("mail.smtp.starttls.required", Boolean.toString(s.startTls()));
        Session session = Session.getInstance(p);
        try {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress(s.from(), true));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress(to.strip(), true));
            m.setSubject(subject, StandardCharsets.UTF_8.name());
            m.setText(body, StandardCharsets.UTF_8.name());
            if (s.user() != null) {
                Transport.send(m, s.user(), s.password());
            } else {
                Transport.send(m);
            }
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Mail to " + to + " via " + s.host() + ":" + s.port() + " failed; retried on the next run: "
                    + e);
            return false;
        }
    }
}
