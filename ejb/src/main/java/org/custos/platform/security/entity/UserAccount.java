package org.custos.platform.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.custos.platform.audit.control.Auditable;

/** A person who can log in to Custos. User names are stored lower-case and compared that way. */
@Entity
@Table(name = "app_user")
// roles in the same query: every request reads its user's permissions
@NamedQuery(name = "UserAccount.findByUsername", query = "SELECT DISTINCT u FROM UserAccount u LEFT JOIN FETCH u.roles "
        + "WHERE u.username = :username")
@NamedQuery(name = "UserAccount.count", query = "SELECT COUNT(u) FROM UserAccount u")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount implements java.io.Serializable, Auditable {

    private static final long serialVersionUID = 1L;

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._@-]{1,79}";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN, message = "{custos.username.pattern}")
    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Email
    @Size(max = 254)
    private String email;

    @Column(name = "password_hash", length = 400)
    private String passwordHash;

    private boolean enabled = true;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "preferred_locale", length = 10)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** Last day the account may log in; null = no expiry. Mandatory for external auditors. */
    @Column(name = "expires_on")
    private java.time.LocalDate expiresOn;

    @Column(name = "last_access_at")
    private Instant lastAccessAt;

    /** Set for accounts of the directory (LDAP / AD): they log in there and have no local password. */
    @Column(name = "directory_dn", length = 1000)
    private String directoryDn;

    /** Base32 TOTP secret: pending while enrolment is unconfirmed, in force once enabled. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    @Column(name = "totp_enabled", nullable = false)
    private boolean totpEnabled;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_role",
            joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new java.util.HashSet<>();

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant createdAt) {
        this.username = normalise(username);
        this.displayName = displayName == null ? null : displayName.strip();
        this.email = blankToNull(email);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    public static String normalise(String username) {
        return username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("displayName", displayName);
        state.put("email", email);
        state.put("enabled", enabled);
        state.put("mustChangePassword", mustChangePassword);
        state.put("roles", String.join(",", roleCodes()));
        state.put("preferredLocale", preferredLocale);
        state.put("expiresOn", expiresOn == null ? null : expiresOn.toString());
        state.put("directoryDn", directoryDn);
        // never the secret itself
        state.put("secondFactor", totpEnabled ? "enabled" : (totpSecret != null ? "enrolling" : "off"));
        // The hash itself never goes into the trail; a change shows as a changed marker.
        state.put("password", passwordHash == null ? null : "set:" + Integer.toHexString(passwordHash.hashCode()));
        return state;
    }

    public Set<String> roleCodes() {
        return roles.stream().map(Role::getCode).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> permissions() {
        return roles.stream().flatMap(r -> r.getPermissions().stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    public void replaceRoles(Collection<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void changePassword(String newHash, boolean temporary) {
        this.passwordHash = newHash;
        this.mustChangePassword = temporary;
    }

    public void updateProfile(String displayName, String email) {
        this.displayName = displayName == null ? null : displayName.strip();
        this.email = blankToNull(email);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public void setPreferredLocale(String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }

    /** Takes over what the directory says at each login: name, mail, distinguished name. */
    public void fromDirectory(String dn, String displayName, String email) {
        this.directoryDn = dn;
        this.displayName = displayName;
        this.email = blankToNull(email);
        this.passwordHash = null;
        this.mustChangePassword = false;
    }

    public void startSecondFactor(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = false;
    }

    public void enableSecondFactor() {
        this.totpEnabled = true;
    }

    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpEnabled = false;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public boolean isDirectory() {
        return directoryDn != null;
    }

    public String getDirectoryDn() {
        return directoryDn;
    }

    public void expireAfter(java.time.LocalDate lastDay) {
        this.expiresOn = lastDay;
    }

    /** Whether the account's last day is before this day. */
    public boolean isExpired(java.time.LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public void recordAccess(Instant when) {
        this.lastAccessAt = when;
    }

    public java.time.LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getLastAccessAt() {
        return lastAccessAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public String getPreferredLocale() {
        return preferredLocale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return java.util.Collections.unmodifiableSet(roles);
    }

    public long getVersion() {
        return version;
    }
}
