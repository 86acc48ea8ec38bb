package org.custos.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.AuthenticatingFilter;
import org.apache.shiro.web.util.WebUtils;

/**
 * Authenticates every API request on its own: HTTP Basic against the same realm (so the same
 * lockout applies) or a personal API token as {@code Authorization: Bearer …}. Failures answer
 * 401 with a JSON body; no session is created.
 */
public class ApiAuthenticationFilter extends AuthenticatingFilter {

    @Override
    protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
        String header = WebUtils.toHttp(request).getHeader("Authorization");
        if (header == null) {
            return new UsernamePasswordToken();
        }
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new BearerToken(header.substring(7).strip(), request.getRemoteHost());
        }
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new UsernamePasswordToken(decoded.substring(0, colon), decoded.substring(colon + 1),
                            false, request.getRemoteHost());
                }
            } catch (IllegalArgumentException e) {
                // malformed Base64: treated like missing credentials
            }
        }
        return new UsernamePasswordToken();
    }

    @Override
    protected boolean isAccessAllowed(ServletRequest request, ServletResponse response, Object mappedValue) {
        return false; // each request proves itself; there is no API session
    }

    @Override
    protected boolean onAccessDenied(ServletRequest request, ServletResponse response) throws Exception {
        AuthenticationToken token = createToken(request, response);
        if (token.getPrincipal() == null && !(token instanceof BearerToken)) {
            return deny(response, "unauthenticated", "Authentication required (HTTP Basic or Bearer API token).");
        }
        try {
            Subject subject = getSubject(request, response);
            subject.login(token);
            return true;
        } catch (ExcessiveAttemptsException e) {
            return deny(response, "locked", "Too many failed logins; try again later.");
        } catch (AuthenticationException e) {
            return deny(response, "unauthenticated", "Invalid credentials.");
        }
    }

    private static boolean deny(ServletResponse response, String code, String message) throws IOException {
        HttpServletResponse http = WebUtils.toHttp(response);
        http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        http.setHeader("WWW-Authenticate", "Basic realm=\"Custos\", Bearer");
        http.setContentType("application/json");
        http.setCharacterEncoding("UTF-8");
        http.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
        return false;
    }

    @Override
    protected boolean isLoginRequest(ServletRequest request, ServletResponse response) {
        return false;
    }
}
