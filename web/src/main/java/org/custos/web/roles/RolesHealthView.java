package org.custos.web.roles;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.custos.roles.boundary.RoleHealthService;
import org.custos.roles.boundary.RoleHealthService.Finding;
import org.custos.roles.boundary.RoleService;
import org.custos.roles.entity.IsmsRole;
import org.custos.web.i18n.LocaleView;
import org.custos.web.support.Messages;

/** Role health: the checks of role assignment, each finding explained in the UI language. */
@Named
@ViewScoped
public class RolesHealthView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RoleHealthService health;

    @Inject
    RoleService roles;

    @Inject
    LocaleView localeView;

    private List<Finding> findings;
    private java.util.Map<String, String> roleNames;

    @PostConstruct
    void load() {
        findings = health.check();
        roleNames = new java.util.HashMap<>();
        for (IsmsRole r : roles.roles()) {
            roleNames.put(r.getCode(), r.name(localeView.getLocale()));
        }
    }

    /** The finding's sentence; role codes in its arguments become role names. */
    public String text(Finding f) {
        Object[] args = f.arguments().stream().map(a -> roleNames.getOrDefault(a, a)).toArray();
        String key = "health." + f.code();
        if (f.code() == RoleHealthService.Code.SEGREGATION_OF_DUTIES
                && RoleHealthService.UNIT_HEAD.equals(f.arguments().get(2))) {
            key = "health.SEGREGATION_OF_DUTIES.unit";
        }
        return Messages.text(localeView.getLocale(), key, args);
    }

    public long count(String severity) {
        return findings.stream().filter(f -> f.severity().name().equals(severity)).count();
    }

    public List<Finding> getFindings() {
        return findings;
    }
}
