package org.custos.platform.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.naming.AuthenticationException;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import javax.naming.ldap.LdapContext;
import org.apache.shiro.realm.ldap.JndiLdapContextFactory;
import org.apache.shiro.realm.ldap.LdapUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Directory login (OpenLDAP, Active Directory) through Shiro's JNDI LDAP support: find the user with
 * the service account, check the password by binding as the user, read the user's groups and map
 * them to Custos roles. Off while {@code custos.ldap.url} is empty.
 */
@ApplicationScoped
public class Directory {

    /** A user the directory confirmed, with the Custos roles its groups grant (maybe none). */
    public record Entry(String dn, String displayName, String email, Set<String> groups, Set<String> roles) {
    }

    /** The directory did not answer; nobody can log in through it now. */
    public static class Unavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    @ConfigProperty(name = "custos.ldap.url", defaultValue = " ")
    String url;

    @Inject
    @ConfigProperty(name = "custos.ldap.bind-dn", defaultValue = " ")
    String bindDn;

    @Inject
    @ConfigProperty(name = "custos.ldap.bind-password", defaultValue = " ")
    String bindPassword;

    @Inject
    @ConfigProperty(name = "custos.ldap.user-base-dn", defaultValue = " ")
    String userBase;

    @Inject
    @ConfigProperty(name = "custos.ldap.user-filter", defaultValue = "(uid={0})")
    String userFilter;

    @Inject
    @ConfigProperty(name = "custos.ldap.group-base-dn", defaultValue = " ")
    String groupBase;

    @Inject
    @ConfigProperty(name = "custos.ldap.group-filter", defaultValue = "(member={1})")
    String groupFilter;

    @Inject
    @ConfigProperty(name = "custos.ldap.group-roles", defaultValue = " ")
    String groupRoles;

    @Inject
    @ConfigProperty(name = "custos.ldap.display-name-attribute", defaultValue = "cn")
    String displayNameAttribute;

    @Inject
    @ConfigProperty(name = "custos.ldap.mail-attribute", defaultValue = "mail")
    String mailAttribute;

    public boolean enabled() {
        return !url.isBlank();
    }

    /**
     * The user's entry when the password is right; empty when the user is unknown or the password
     * wrong; {@link Unavailable} when the directory cannot be reached.
     */
    public Optional<Entry> authenticate(String username, String password) {
        if (!enabled() || password == null || password.isEmpty()) {
            return Optional.empty(); // an empty password would be an anonymous bind, which always "succeeds"
        }
        JndiLdapContextFactory factory = factory();
        LdapContext system = null;
        try {
            system = factory.getSystemLdapContext();
            SearchControls controls = new SearchControls();
            controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
            controls.setReturningAttributes(new String[] {displayNameAttribute, mailAttribute});
            controls.setCountLimit(2);
            NamingEnumeration<SearchResult> found = system.search(base(userBase), userFilter, new Object[] {username},
                    controls);
            List<SearchResult> users = new ArrayList<>();
            while (found.hasMore() && users.size() < 2) {
                users.add(found.next());
            }
            if (users.size() != 1) {
                return Optional.empty();
            }
            SearchResult user = users.get(0);
            String dn = user.getNameInNamespace();
            try {
                LdapUtils.closeContext(factory.getLdapContext((Object) dn, (Object) password));
            } catch (AuthenticationException e) {
                return Optional.empty();
            }
            Set<String> groups = groups(system, username, dn);
            return Optional.of(new Entry(dn, text(user.getAttributes(), displayNameAttribute, username),
                    text(user.getAttributes(), mailAttribute, null), groups, roles(groups)));
        } catch (AuthenticationException e) {
            throw new Unavailable("the directory refused Custos' service account " + bindDn, e);
        } catch (NamingException e) {
            throw new Unavailable("directory " + url + " not reachable: " + e.getMessage(), e);
        } finally {
            LdapUtils.closeContext(system);
        }
    }

    private Set<String> groups(LdapContext system, String username, String dn) throws NamingException {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(new String[] {"cn"});
        NamingEnumeration<SearchResult> found = system.search(base(groupBase.isBlank() ? userBase : groupBase), groupFilter,
                new Object[] {username, dn}, controls);
        Set<String> groups = new LinkedHashSet<>();
        while (found.hasMore()) {
            SearchResult group = found.next();
            groups.add(text(group.getAttributes(), "cn", group.getNameInNamespace()));
        }
        return groups;
    }

    /** Custos roles for directory groups, by {@code custos.ldap.group-roles} ("group:ROLE,group:ROLE"). */
    Set<String> roles(Set<String> groups) {
        Map<String, List<String>> mapping = new HashMap<>();
        for (String pair : groupRoles.split(",")) {
            int colon = pair.lastIndexOf(':');
            if (colon > 0) {
                mapping.computeIfAbsent(pair.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT),
                        k -> new ArrayList<>()).add(pair.substring(colon + 1).strip());
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        groups.forEach(g -> roles.addAll(mapping.getOrDefault(g.toLowerCase(java.util.Locale.ROOT), List.of())));
        return roles;
    }

    private JndiLdapContextFactory factory() {
        JndiLdapContextFactory factory = new JndiLdapContextFactory();
        // the environment first: setEnvironment replaces what the setters below put there (the URL too)
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("com.sun.jndi.ldap.connect.timeout", "5000");
        env.put("com.sun.jndi.ldap.read.timeout", "10000");
        factory.setEnvironment(env);
        factory.setContextFactoryClassName("com.sun.jndi.ldap.LdapCtxFactory");
        factory.setUrl(url.strip());
        if (!bindDn.isBlank()) {
            factory.setSystemUsername(bindDn.strip());
            factory.setSystemPassword(bindPassword);
        }
        factory.setPoolingEnabled(false);
        return factory;
    }

    private static String base(String dn) {
        return dn == null ? "" : dn.strip();
    }

    private static String text(Attributes attributes, String name, String fallback) throws NamingException {
        Attribute a = attributes == null ? null : attributes.get(name);
        Object v = a == null ? null : a.get();
        return v == null ? fallback : v.toString();
    }

}
