package org.custos.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages are complete, and no page or bean uses a key that neither bundle has. */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/org/custos/web/i18n");
    // #{msg['key']} in pages; Messages.info/error("key") and UiAction.attempt(…, "key") in beans;
    // message keys in boundary exceptions ("error.…", "password.…", …) in the EJB module.
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9_.]+)'\\]");
    private static final Pattern CODE_KEY = Pattern.compile(
            "\"((?:app|nav|common|readiness|soa|login|setup|password|dashboard|users|user|role|audit|profile|token|error|api|import|standards|coverage|relationship|organisation|unit|person|people|roles|appointment|appointments|raci|health|sector|category|auditor|auditors|totp|context|obligation|party|document|documents|attachment|measure|measures|evidence|file|tisax|risk|asset|threat|opportunity|incident|nonconformity|action|audits|finding|objective|kpi|inbox|notification|review|feedback)\\.[a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(BUNDLES.resolve("messages_" + lang + ".properties"))) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndGermanHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("en").stringPropertyNames()), new TreeSet<>(load("de").stringPropertyNames()));
    }

    /** A text with arguments goes through MessageFormat, where a single apostrophe quotes the rest away. */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        Pattern single = Pattern.compile("(?<!')'(?!')");
        Set<String> broken = new TreeSet<>();
        for (String lang : new String[] {"en", "de"}) {
            Properties p = load(lang);
            for (String key : p.stringPropertyNames()) {
                String text = p.getProperty(key);
                if (text.matches("(?s).*\\{\\d.*") && single.matcher(text).find()) {
                    broken.add(lang + ": " + key);
                }
            }
        }
        assertTrue(broken.isEmpty(), "single apostrophes in texts with arguments: " + broken);
    }

    @Test
    void everyUsedKeyExists() throws IOException {
        Set<String> known = load("en").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        scan(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, known, missing);
        scan(Path.of("src/main/java"), ".java", CODE_KEY, known, missing);
        scan(Path.of("../ejb/src/main/java"), ".java", CODE_KEY, known, missing);
        assertTrue(missing.isEmpty(), "keys missing from the bundles: " + missing);
    }

    private static void scan(Path root, String suffix, Pattern pattern, Set<String> known, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(suffix))::iterator) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
    }
}
