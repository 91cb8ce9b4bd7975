package org.catura.webui.internal.osgi;

import javax.servlet.Servlet;
import org.catura.webui.internal.web.StaticServlet;
import org.osgi.service.component.annotations.Component;

/** Stylesheet and htmx on the servlet whiteboard at {@value StaticServlet#PATTERN}. */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=" + StaticServlet.PATTERN,
        "osgi.http.whiteboard.servlet.name=catura-static"})
public final class StaticComponent extends StaticServlet {
    private static final long serialVersionUID = 1L;
}
