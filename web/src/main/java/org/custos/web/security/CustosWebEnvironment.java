package org.custos.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.shiro.web.env.IniWebEnvironment;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.mgt.WebSecurityManager;
import org.custos.platform.security.boundary.AccountService;
import org.custos.platform.security.control.AppUserRealm;

/**
 * Shiro's environment from {@code /WEB-INF/shiro.ini}, with the realm on Custos' user table offered
 * to the ini as {@code $appUserRealm}. The realm looks its EJB up through CDI once, when first used.
 */
public class CustosWebEnvironment extends IniWebEnvironment {

    @Override
    protected Map<String, Object> getDefaults() {
        Map<String, Object> defaults = super.getDefaults();
        defaults.put("appUserRealm", new AppUserRealm(new Supplier<>() {
            // one lookup: the EJB reference is thread-safe, and CDI.current() per request is costly
            private volatile AccountService accounts;

            @Override
            public AccountService get() {
                AccountService a = accounts;
                if (a == null) {
                    a = CDI.current().select(AccountService.class).get();
                    accounts = a;
                }
                return a;
            }
        }));
        return defaults;
    }

    @Override
    protected WebSecurityManager createWebSecurityManager() {
        WebSecurityManager manager = super.createWebSecurityManager();
        if (manager instanceof DefaultWebSecurityManager dwsm) {
            // No "remember me": every session starts with a real login.
            dwsm.setRememberMeManager(null);
        }
        return manager;
    }
}
