package org.catura.webui.internal.webbundle;

import java.io.IOException;
import java.util.Optional;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;

/**
 * The one servlet of the web bundle inside iDempiere, mapped to {@code /*} by {@code WEB-INF/web.xml} under the
 * bundle's {@code Web-ContextPath} ({@code /catura}). iDempiere has no HTTP whiteboard: its Jetty deploys the bundle as
 * a web application and puts the bundle's context in the servlet context attribute {@value #BUNDLE_CONTEXT} (OSGi
 * Web Applications, RFC 66). Through it this servlet finds the Catura servlets that the bundle's DS components
 * registered for the standalone runtime's whiteboard, and hands each request to the one whose pattern takes its
 * path, with the paths presented as that whiteboard presents them; so pages, links, redirects and cookies are the
 * same in both worlds. While none takes the path (the components wait for the ERP database), it answers 503.
 */
public final class EntryServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The servlet context attribute in which Jetty's OSGi deployer puts the web bundle's {@link BundleContext}. */
    public static final String BUNDLE_CONTEXT = "osgi-bundlecontext";

    private transient MountedServlets servlets;

    @Override
    public void init() throws ServletException {
        Object context = getServletContext().getAttribute(BUNDLE_CONTEXT);
        if (!(context instanceof BundleContext)) {
            throw new ServletException("The Catura web bundle found no OSGi bundle context in the servlet context"
                    + " attribute '" + BUNDLE_CONTEXT + "' (found " + context + "). It must be deployed by Jetty's OSGi"
                    + " web bundle deployer (the bundle's Web-ContextPath and Jetty-Environment: ee8 headers), not as a"
                    + " plain web application.");
        }
        servlets = new MountedServlets((BundleContext) context, getServletContext());
    }

    @Override
    public void destroy() {
        if (servlets != null) {
            servlets.close();
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        String path = req.getContextPath() + req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        Optional<MountedServlet> mounted = servlets.taking(path);
        if (mounted.isEmpty()) {
            waiting(resp);
            return;
        }
        mounted.get().servlet().service(new MountedRequest(req, mounted.get().prefix(), path), resp);
    }

    private static void waiting(HttpServletResponse resp) throws IOException {
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setHeader("Retry-After", "30");
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/plain;charset=UTF-8");
        resp.getWriter().write("The Catura web UI is waiting for the ERP database: its pages start as soon as iDempiere"
                + " has connected to the database and Catura's services are up. Try again in a minute; if this stays,"
                + " look in iDempiere's log for the Catura components that cannot start.\n");
    }
}
