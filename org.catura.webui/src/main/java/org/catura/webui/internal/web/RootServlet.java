package org.catura.webui.internal.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The server's root: someone who types only the host and port lands on the web UI, not on a 404.
 * Mapped as the default servlet, so it answers every path no other servlet takes; anything but the
 * root itself stays a 404.
 */
public class RootServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATTERN = "/";
    /** Where the root leads: the pages' mount point. */
    public static final String TARGET = "/catura/";

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.isEmpty() && !path.equals("/")) {
            resp.sendError(404);
            return;
        }
        WebApp.securityHeaders(resp);
        resp.setStatus(HttpServletResponse.SC_FOUND);
        resp.setHeader("Location", req.getContextPath() + TARGET);
    }
}
