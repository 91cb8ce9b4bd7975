package org.catura.webui.internal.webbundle;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletContext;
import javax.servlet.ServletException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Catura servlets this bundle's components registered, as they come and go, each mounted at the prefix of its
 * whiteboard pattern ({@value #PATTERN}, or {@value #WEB_BUNDLE_PATTERN} where the web bundle mounts it elsewhere).
 * Only patterns of the form {@code <prefix>/*} are mounted: the root redirect ({@code /}) is the standalone server's
 * and must not shadow iDempiere's own root. Each servlet is initialised when it arrives and destroyed when it goes, as
 * a container would.
 */
final class MountedServlets implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MountedServlets.class);

    static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";
    static final String NAME = "osgi.http.whiteboard.servlet.name";
    /** Where the web bundle mounts a servlet whose whiteboard pattern lies outside its context path (the REST API). */
    static final String WEB_BUNDLE_PATTERN = "catura.webbundle.pattern";

    private final BundleContext bundle;
    private final ServletContext context;
    private final ServiceTracker<Servlet, MountedServlet> tracker;

    MountedServlets(BundleContext bundle, ServletContext context) {
        this.bundle = bundle;
        this.context = context;
        this.tracker = new ServiceTracker<>(bundle, Servlet.class, null) {
            @Override
            public MountedServlet addingService(ServiceReference<Servlet> reference) {
                return mount(reference);
            }

            @Override
            public void removedService(ServiceReference<Servlet> reference, MountedServlet mounted) {
                mounted.servlet().destroy();
                bundle.ungetService(reference);
            }
        };
        tracker.open();
    }

    /** The servlet whose prefix takes {@code path}, the longest prefix first, as the whiteboard matches. */
    Optional<MountedServlet> taking(String path) {
        return tracker.getTracked().values().stream().filter(m -> m.takes(path))
                .max(Comparator.comparingInt(m -> m.prefix().length()));
    }

    @Override
    public void close() {
        tracker.close();
    }

    private MountedServlet mount(ServiceReference<Servlet> reference) {
        // Only this bundle's servlets: another plugin's servlet is not the Catura web UI's to serve.
        if (!bundle.getBundle().equals(reference.getBundle())) {
            return null;
        }
        Optional<String> prefix = prefix(reference);
        if (prefix.isEmpty()) {
            return null;
        }
        Servlet servlet = bundle.getService(reference);
        if (servlet == null) {
            return null;
        }
        String name = String.valueOf(reference.getProperty(NAME));
        try {
            servlet.init(config(name));
        } catch (ServletException | RuntimeException e) {
            LOG.error("The Catura servlet {} could not start, so {} answers 503: {}", name, prefix.get(),
                    e.getMessage(), e);
            bundle.ungetService(reference);
            return null;
        }
        return new MountedServlet(prefix.get(), servlet);
    }

    private static Optional<String> prefix(ServiceReference<Servlet> reference) {
        Object own = reference.getProperty(WEB_BUNDLE_PATTERN);
        return patterns(own != null ? own : reference.getProperty(PATTERN))
                .filter(p -> p.startsWith("/") && p.endsWith("/*") && p.length() > 2)
                .map(p -> p.substring(0, p.length() - 2)).findFirst();
    }

    private static Stream<String> patterns(Object property) {
        if (property instanceof String s) {
            return Stream.of(s);
        }
        if (property instanceof String[] a) {
            return Stream.of(a);
        }
        if (property instanceof Collection<?> c) {
            return c.stream().map(String::valueOf);
        }
        return Stream.empty();
    }

    private ServletConfig config(String name) {
        return new ServletConfig() {
            @Override
            public String getServletName() {
                return name;
            }

            @Override
            public ServletContext getServletContext() {
                return context;
            }

            @Override
            public String getInitParameter(String param) {
                return null;
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(List.of());
            }
        };
    }
}
