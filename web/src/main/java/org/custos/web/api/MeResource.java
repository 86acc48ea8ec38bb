package org.custos.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.custos.platform.security.boundary.Authorization;
import org.custos.platform.security.boundary.UserService;

@Path("me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    UserService users;

    /** The calling user with roles and permissions. */
    @GET
    public Authorization me() {
        return users.me();
    }
}
