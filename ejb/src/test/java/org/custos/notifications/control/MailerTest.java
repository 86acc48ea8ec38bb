package org.custos.notifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The mailer against a real SMTP server on loopback, and against none. */
class MailerTest {

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static Mailer.Settings smtp(int port) {
        return new Mailer.Settings("127.0.0.1", port, "custos@klinikum.example", null, null, false, null);
    }

    @Test
    void aMailArrivesWithRecipientSubjectAndUmlauts() throws Exception {
        int port = freePort();
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            assertTrue(new Mailer().send(smtp(port), "anna@klinikum.example", "Korrekturmaßnahme fällig", "Prüfen\n/x"));
            MimeMessage[] got = server.getReceivedMessages();
            assertEquals(1, got.length);
            assertEquals("anna@klinikum.example", got[0].getRecipients(Message.RecipientType.TO)[0].toString());
            assertEquals("custos@klinikum.example", got[0].getFrom()[0].toString());
            assertEquals("Korrekturmaßnahme fällig", got[0].getSubject());
            assertTrue(GreenMailUtil.getBody(got[0]).contains("/x"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aServerThatIsNotThereIsReportedNotThrown() throws Exception {
        assertFalse(new Mailer().send(smtp(freePort()), "anna@klinikum.example", "s", "b"));
    }

    @Test
    void withoutAHostOrAnAddressNothingIsSent() {
        Mailer.Settings off = new Mailer.Settings(null, 25, "custos@localhost", null, null, false, null);
        assertFalse(off.configured());
        assertFalse(new Mailer().send(off, "anna@klinikum.example", "s", "b"));
        assertFalse(new Mailer().send(smtp(1), null, "s", "b"));
        assertFalse(new Mailer().send(smtp(1), "not an address", "s", "b"));
    }
}
