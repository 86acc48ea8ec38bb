package org.custos.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, mapped in web.xml before Shiro so that redirects and API
 * errors carry them too. Scripts and styles may only come from this origin; PrimeFaces' inline
 * handlers still need 'unsafe-inline' (see the primefaces.CSP note in web.xml).
 */
public class SecurityHeadersFilter extends HttpFilter {

    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        response.addHeader("Content-Security-Policy", POLICY);
        chain.doFilter(request, response);
    }
}
