package org.catura.webui.internal.osgi;

import javax.servlet.Servlet;
import org.catura.webui.internal.web.RootServlet;
import org.osgi.service.component.annotations.Component;

/**
 * The redirect from the server's root to the web UI, as the whiteboard's default servlet. Ranked
 * low: inside an ERP whose own servlet takes "/", that one keeps it.
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=" + RootServlet.PATTERN,
        "osgi.http.whiteboard.servlet.name=catura-root", "service.ranking:Integer=-100"})
public final class RootComponent extends RootServlet {
    private static final long serialVersionUID = 1L;
}
