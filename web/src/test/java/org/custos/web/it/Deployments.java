package org.custos.web.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real, built Custos WAR, as integration tests deploy it. */
final class Deployments {

    private Deployments() {
    }

    static File builtWar() {
        String path = System.getProperty("custos.war", "target/ROOT.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return war;
    }

    /** The built WAR as it ships (black-box tests). */
    static WebArchive shipped() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, builtWar());
    }

    /**
     * The built WAR plus test classes, with Arquillian's test runner servlet let through Shiro
     * (the only change to the shipped URL rules).
     */
    static WebArchive inContainer(Class<?>... testClasses) {
        WebArchive war = shipped();
        String ini = read(war, "/WEB-INF/shiro.ini");
        // only the catch-all line: other rules end in "/** = authc, perms[...]" too
        ini = ini.replaceFirst("(?m)^/\\*\\* = authc$", "/ArquillianServletRunnerEE9 = anon\n/** = authc");
        war.delete("/WEB-INF/shiro.ini");
        war.addAsWebInfResource(new StringAsset(ini), "shiro.ini");
        // the test runner serves a whole test as one request: roles changed within a test must count at once
        String webXml = read(war, "/WEB-INF/web.xml").replaceFirst("(?s)<filter-mapping>\\s*<filter-name>RequestAuthorizations"
                + "</filter-name>.*?</filter-mapping>", "");
        if (webXml.contains("<filter-name>RequestAuthorizations</filter-name>\n        <url-pattern>")) {
            throw new IllegalStateException("the per-request authorization filter is still mapped");
        }
        war.delete("/WEB-INF/web.xml");
        war.setWebXML(new StringAsset(webXml));
        war.addClasses(testClasses);
        return war;
    }

    private static String read(WebArchive war, String path) {
        try (InputStream in = war.get(path).getAsset().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
