package org.diplograph.serve;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In front of every path: refuses TRACE, which would echo the request's headers (cookies and
 * credentials a proxy adds among them) back to a script, and JSONP ({@code callback=}), which
 * lets any web page read the answers across origins in its visitors' browsers. Each refusal is
 * logged with the method and path, never the query string, which can be as long as a query.
 */
final class RequestGuard extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);

    private static final Set<String> REFUSED_METHODS = Set.of("TRACE", "TRACK", "CONNECT");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (REFUSED_METHODS.contains(method)) {
            LOG.info("{} {} refused: method not allowed", method, request.getRequestURI());
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, method + " is not allowed");
        } else if (request.getParameter("callback") != null) {
            LOG.info("{} {} refused: JSONP", method, request.getRequestURI());
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "JSONP (callback=) is not supported: read the results with CORS or from the same origin");
        } else {
            chain.doFilter(request, response);
        }
    }
}
