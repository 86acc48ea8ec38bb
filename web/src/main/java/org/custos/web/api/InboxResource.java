package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.custos.notifications.boundary.NotificationService;
import org.custos.notifications.control.NotificationText;
import org.custos.notifications.entity.Notification;
import org.custos.notifications.entity.NotificationPreference;
import org.custos.platform.error.ValidationException;

/**
 * The caller's own notifications and mail preferences. The text comes in the language the request accepts
 * (German or English); kind, label and due time are there for clients that render their own.
 */
@Path("inbox")
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    NotificationService notifications;

    public record NotificationJson(Long id, String kind, String text, String item, String link, String dueAt,
            String createdAt, String readAt, boolean overdue) {
    }

    public record PreferencesJson(boolean emailEnabled, String digest, long version) {
    }

    public record PreferencesRequest(Boolean emailEnabled, String digest, Long version) {
    }

    public record ReadAllJson(int marked) {
    }

    public record DeletedJson(int deleted) {
    }

    @GET
    public List<NotificationJson> inbox(@QueryParam("unread") boolean unread, @Context HttpHeaders headers) {
        Locale locale = locale(headers);
        Instant now = Instant.now();
        return notifications.inbox(unread).stream().map(n -> json(n, locale, now)).toList();
    }

    @POST
    @Path("{id}/read")
    public NotificationJson read(@PathParam("id") long id, @Context HttpHeaders headers) {
        return json(notifications.markRead(id), locale(headers), Instant.now());
    }

    @POST
    @Path("read-all")
    public ReadAllJson readAll() {
        return new ReadAllJson(notifications.markAllRead());
    }

    /** Deletes one read notification of the caller (204); an unread one is refused (400). */
    @DELETE
    @Path("{id}")
    public void delete(@PathParam("id") long id) {
        notifications.delete(id);
    }

    @POST
    @Path("delete-read")
    public DeletedJson deleteRead() {
        return new DeletedJson(notifications.deleteAllRead());
    }

    @GET
    @Path("preferences")
    public PreferencesJson preferences() {
        return json(notifications.preferences());
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesJson savePreferences(PreferencesRequest body) {
        if (body == null || body.emailEnabled() == null || body.digest() == null || body.version() == null) {
            throw new ValidationException("api.inbox.invalid");
        }
        NotificationPreference.Digest digest;
        try {
            digest = NotificationPreference.Digest.valueOf(body.digest().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("api.inbox.invalid");
        }
        return json(notifications.savePreferences(body.emailEnabled(), digest, body.version()));
    }

    static NotificationJson json(Notification n, Locale locale, Instant now) {
        return new NotificationJson(n.getId(), n.getKind().name(), NotificationText.subject(n, locale, now), n.getItemLabel(),
                n.getLink(), n.getDueAt().toString(), n.getCreatedAt().toString(),
                n.getReadAt() == null ? null : n.getReadAt().toString(), n.overdue(now));
    }

    static PreferencesJson json(NotificationPreference p) {
        return new PreferencesJson(p.isEmailEnabled(), p.getDigest().name(), p.getVersion());
    }

    private static Locale locale(HttpHeaders headers) {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return accepted.stream().filter(l -> "de".equals(l.getLanguage()) || "en".equals(l.getLanguage())).findFirst()
                .orElse(Locale.ENGLISH);
    }
}
