package org.catura.webui.internal.osgi;

import javax.servlet.Servlet;
import org.catura.webui.internal.web.PagesServlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The HTML pages on the servlet whiteboard at {@value PagesServlet#PATTERN}. */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.pattern=" + PagesServlet.PATTERN,
        "osgi.http.whiteboard.servlet.name=catura-pages",
        // The company's logo is uploaded as multipart/form-data; RoutedServlet.MULTIPART_MAX_BYTES.
        "osgi.http.whiteboard.servlet.multipart.enabled=true",
        "osgi.http.whiteboard.servlet.multipart.maxFileSize:Long=5242880",
        "osgi.http.whiteboard.servlet.multipart.maxRequestSize:Long=5242880"})
public final class PagesComponent extends PagesServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public PagesComponent(@Reference WebAppComponent web) {
        super(web.app());
    }
}
