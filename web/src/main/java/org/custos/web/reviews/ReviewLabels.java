package org.custos.web.reviews;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.custos.web.support.Messages;

/** A compiled fact of a management review in the reader's language; arguments that are message keys read as their text. */
public final class ReviewLabels {

    private ReviewLabels() {
    }

    public static String fact(List<String> fact, Locale locale) {
        if (fact.isEmpty()) {
            return "";
        }
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Object[] args = fact.subList(1, fact.size()).stream().map(a -> label(bundle, a)).toArray();
        return Messages.text(locale, fact.get(0), args);
    }

    private static String label(ResourceBundle bundle, String arg) {
        if (arg.indexOf('.') > 0 && !arg.contains(" ")) {
            try {
                return bundle.getString(arg);
            } catch (MissingResourceException e) {
                return arg;
            }
        }
        return arg;
    }
}
