package org.custos.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.custos.platform.security.control.RequestAuthorizations;

/** Mapped before Shiro: the realm reads a user's roles and permissions once per request (see RequestAuthorizations). */
public class RequestAuthorizationFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean outermost = RequestAuthorizations.begin();
        try {
            chain.doFilter(request, response);
        } finally {
            if (outermost) {
                RequestAuthorizations.end();
            }
        }
    }
}
