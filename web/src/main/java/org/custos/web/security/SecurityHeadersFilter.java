package org.custos.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response, mapped in web.xml before Shiro so that redirects and API
 * errors carry them too. Scripts are governed by the nonce policy that PrimeFaces sends in CSP mode
 * (a second header; browsers enforce both), so this one only adds what PrimeFaces leaves open.
 */
public class SecurityHeadersFilter extends HttpFilter {

    // No default-src: it would also cover scripts and block PrimeFaces' nonce scripts.
    static final String POLICY = "img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self' data:; connect-src 'self'; media-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; "
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
