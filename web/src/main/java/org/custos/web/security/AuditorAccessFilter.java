package org.custos.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.custos.platform.security.boundary.AuditorService;
import org.custos.platform.security.entity.Role;

/**
 * Writes every page and API resource an external auditor opens to the audit trail (not the
 * resources a page loads, nor its Ajax requests), after Shiro has identified the user.
 */
public class AuditorAccessFilter extends HttpFilter {

    @Inject
    AuditorService auditors;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Subject subject = SecurityUtils.getSubject();
        if (subject.isAuthenticated() && subject.hasRole(Role.EXTERNAL_AUDITOR) && recorded(request)) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            auditors.recordAccess(request.getMethod() + " " + path
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        }
        chain.doFilter(request, response);
    }

    private static boolean recorded(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
        return !ajax && !path.startsWith("/jakarta.faces.resource/") && !path.equals("/favicon.ico");
    }
}
