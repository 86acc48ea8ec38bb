package org.custos.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jakarta.servlet.http.Cookie;
import org.custos.platform.error.CustosException;
import org.custos.platform.security.boundary.UserService;
import org.custos.web.support.CurrentUser;

/** The UI language of this session: the user's saved choice, else the browser's, else English. */
@Named
@SessionScoped
public class LocaleView implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final List<String> SUPPORTED = List.of("en", "de");
    static final String COOKIE = "custos_lang";

    @Inject
    UserService users;

    @Inject
    CurrentUser currentUser;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object cookie = faces == null ? null : faces.getExternalContext().getRequestCookieMap().get(COOKIE);
            Locale requested = faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            if (cookie instanceof Cookie c && SUPPORTED.contains(c.getValue())) {
                locale = Locale.forLanguageTag(c.getValue());
            } else {
                locale = requested != null && SUPPORTED.contains(requested.getLanguage())
                        ? Locale.forLanguageTag(requested.getLanguage()) : Locale.ENGLISH;
            }
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    /** Adopts the saved preference right after login. */
    public void adopt(String languageTag) {
        if (languageTag != null && SUPPORTED.contains(languageTag)) {
            locale = Locale.forLanguageTag(languageTag);
        }
    }

    /** Switches the language and reloads the current page (post-redirect-get). */
    public String switchTo(String languageTag) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String reload = faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
        if (!SUPPORTED.contains(languageTag)) {
            return reload;
        }
        locale = Locale.forLanguageTag(languageTag);
        faces.getViewRoot().setLocale(locale);
        // Remembered in the browser too, so the login page after logout keeps the language.
        faces.getExternalContext().addResponseCookie(COOKIE, languageTag,
                Map.of("maxAge", 365 * 24 * 3600, "path", "/", "httpOnly", Boolean.TRUE));
        if (currentUser.isLoggedIn()) {
            try {
                users.setPreferredLocale(languageTag);
            } catch (CustosException e) {
                // the choice still applies to this session
            }
        }
        return reload;
    }
}
