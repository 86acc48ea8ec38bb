package org.custos.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Keeps a logged-in user without the page's permission off an administration page with a clean 403
 * (the "not permitted" page) before any view is built. The boundary checks again on every call.
 */
public class PagePermissionFilter extends PermissionsAuthorizationFilter {

    private static final Logger LOG = Logger.getLogger(PagePermissionFilter.class.getName());

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws IOException {
        Subject subject = getSubject(request, response);
        if (subject.getPrincipal() == null) {
            saveRequestAndRedirectToLogin(request, response);
        } else {
            LOG.warning(() -> "Refused page " + WebUtils.toHttp(request).getRequestURI() + " for " + subject.getPrincipal());
            WebUtils.toHttp(response).sendError(HttpServletResponse.SC_FORBIDDEN);
        }
        return false;
    }
}
