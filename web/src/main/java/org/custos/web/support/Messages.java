package org.custos.web.support;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.custos.platform.error.CustosException;

/** Faces messages from the {@code messages} bundle in the view's language. */
public final class Messages {

    public static final String BUNDLE = "org.custos.web.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces != null && faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : Locale.ENGLISH;
        return text(locale, key, args);
    }

    public static String text(Locale locale, String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale);
            String pattern = bundle.getString(key);
            return args == null || args.length == 0 ? pattern
                    : new MessageFormat(pattern, locale).format(labels(bundle, args));
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Enum arguments appear by their label: DocumentType.CONCEPT → key {@code document.type.CONCEPT}. */
    static Object[] labels(ResourceBundle bundle, Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Enum<?> e) {
                String key = enumKey(e);
                out[i] = bundle.containsKey(key) ? bundle.getString(key) : e.name();
            }
        }
        return out;
    }

    /** DocumentType.CONCEPT → {@code document.type.CONCEPT}; a nested Measure.Status.PLANNED → {@code measure.status.PLANNED}. */
    static String enumKey(Enum<?> e) {
        Class<?> c = e.getDeclaringClass();
        String name = c.getEnclosingClass() == null ? c.getSimpleName() : c.getEnclosingClass().getSimpleName() + c.getSimpleName();
        String type = name.replaceAll("([a-z])([A-Z])", "$1.$2").toLowerCase(Locale.ROOT);
        return type + "." + e.name();
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }

    public static void error(CustosException e) {
        add(FacesMessage.SEVERITY_ERROR, null, e.messageKey(), e.arguments());
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        String text = text(key, args);
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
