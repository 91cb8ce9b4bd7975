package org.catura.webui.internal.web;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/** The stylesheet and htmx, served from the bundle at {@code /catura/static/*}; nothing comes from the internet. */
public class StaticServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PATTERN = "/catura/static/*";

    private static final Map<String, String> FILES = Map.of(
            "/app.css", "text/css;charset=UTF-8",
            "/htmx.min.js", "text/javascript;charset=UTF-8");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String type = path == null ? null : FILES.get(path);
        if (type == null) {
            resp.sendError(404);
            return;
        }
        try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream("static" + path)) {
            if (in == null) {
                resp.sendError(404);
                return;
            }
            WebApp.securityHeaders(resp);
            resp.setContentType(type);
            resp.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(resp.getOutputStream());
        }
    }
}
