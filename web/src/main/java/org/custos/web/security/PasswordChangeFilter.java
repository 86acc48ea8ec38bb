package org.custos.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.custos.web.login.LoginView;

/**
 * A user with a temporary password, or without the second factor their role requires, sees only the
 * profile page until they have chosen their own password and enrolled.
 */
public class PasswordChangeFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && (Boolean.TRUE.equals(session.getAttribute(LoginView.MUST_CHANGE_PASSWORD))
                || Boolean.TRUE.equals(session.getAttribute(LoginView.MUST_ENROL_SECOND_FACTOR)))) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            boolean allowed = path.startsWith("/profile") || path.startsWith("/jakarta.faces.resource/")
                    || path.startsWith("/login") || path.startsWith("/errors/") || path.startsWith("/api/");
            if (!allowed) {
                response.sendRedirect(request.getContextPath() + "/profile");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
