package org.custos.web.dashboard;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.custos.platform.persistence.DatabaseSetup;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.UserService;

/** The start page: who you are, what you may do, and how the installation stands. */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    DatabaseSetup database;

    private Authorization me;

    @PostConstruct
    void load() {
        me = users.me();
    }

    public Authorization getMe() {
        return me;
    }

    public String getDatabase() {
        return database.databaseDescription();
    }
}
