package org.custos.web.it;

import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.custos.platform.security.control.UserRules;

/** Fresh accounts for in-container tests, each test making its own. */
final class ItUsers {

    static final String PASSWORD = "correct horse battery staple";

    private ItUsers() {
    }

    static String create(UserRules rules, UserTransaction tx, String role) throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        rules.create(name, "IT " + name, name + "@example.org", PASSWORD, List.of(role), false);
        tx.commit();
        return name;
    }

    /** Logs in through the real realm on this request's Shiro subject. */
    static void login(String username) {
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, PASSWORD));
    }

    static String loginAsNew(UserRules rules, UserTransaction tx, String role) throws Exception {
        String name = create(rules, tx, role);
        login(name);
        return name;
    }
}
