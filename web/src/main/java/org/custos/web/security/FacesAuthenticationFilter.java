package org.custos.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.PassThruAuthenticationFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Sends anonymous visitors to the login page. Faces Ajax requests get a partial-response redirect,
 * because a plain 302 would be swallowed by the Ajax call and the page would just stop working.
 */
public class FacesAuthenticationFilter extends PassThruAuthenticationFilter {

    @Override
    protected void redirectToLogin(ServletRequest request, ServletResponse response) throws IOException {
        HttpServletRequest http = WebUtils.toHttp(request);
        if ("partial/ajax".equals(http.getHeader("Faces-Request"))) {
            HttpServletResponse out = WebUtils.toHttp(response);
            out.setContentType("text/xml");
            out.setCharacterEncoding("UTF-8");
            String url = http.getContextPath() + getLoginUrl();
            out.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
            return;
        }
        super.redirectToLogin(request, response);
    }
}
