package org.catura.webui.internal.osgi;

import javax.servlet.Servlet;
import org.catura.webui.internal.rest.ApiServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The REST API on the servlet whiteboard at {@value ApiServlet#PATTERN}; inside iDempiere the web bundle, whose
 * context is {@code /catura}, mounts it at {@value #WEB_BUNDLE_PATTERN}.
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=" + ApiServlet.PATTERN,
        "osgi.http.whiteboard.servlet.name=catura-api", "catura.webbundle.pattern=" + ApiComponent.WEB_BUNDLE_PATTERN})
public final class ApiComponent extends ApiServlet {

    private static final long serialVersionUID = 1L;

    static final String WEB_BUNDLE_PATTERN = "/catura/api/*";

    @Activate
    public ApiComponent(@Reference WebAppComponent web) {
        super(web.app());
    }
}
