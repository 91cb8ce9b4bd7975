package org.adempiere.plugin.utils;

import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.logging.Logger;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.Version;

/**
 * Stand-in for iDempiere's Incremental2PackActivator: finds the bundle's
 * {@code /META-INF/2Pack_*.zip} entries and sorts them by version exactly as the real one does
 * (same entry pattern, same version extraction), but applies nothing: the real one waits for
 * the server start to pack them in, and the launch test's server never starts. What it found is
 * published as the service property {@value #FOUND} (entry names in version order) of a service
 * registered under this class's name, so a test reads it without sharing a class.
 */
public class Incremental2PackActivator implements BundleActivator {

    public static final String FOUND = "idempiere.2pack.found";

    private static final Logger LOG = Logger.getLogger(Incremental2PackActivator.class.getName());

    private ServiceRegistration<?> registration;

    @Override
    public void start(BundleContext context) {
        List<String> found = found(context);
        LOG.info(context.getBundle().getSymbolicName() + ": 2Packs found " + found
                + "; applied after the server starts (it does not here)");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(FOUND, found.toArray(new String[0]));
        registration = context.registerService(Incremental2PackActivator.class.getName(), this, properties);
    }

    @Override
    public void stop(BundleContext context) {
        if (registration != null) {
            registration.unregister();
        }
    }

    private static List<String> found(BundleContext context) {
        List<URL> entries = new ArrayList<>();
        Enumeration<URL> urls = context.getBundle().findEntries("/META-INF", "2Pack_*.zip", false);
        while (urls != null && urls.hasMoreElements()) {
            entries.add(urls.nextElement());
        }
        entries.sort(Comparator.comparing(u -> new Version(version(u))));
        List<String> names = new ArrayList<>();
        for (URL u : entries) {
            names.add(u.getPath().substring(u.getPath().lastIndexOf('/') + 1));
        }
        return names;
    }

    /** As iDempiere's extractVersionString: 2Pack_1.0.1.zip is 1.0.1, 2Pack_1.0.1_x.zip too. */
    private static String version(URL u) {
        String p = u.getPath();
        int upos = p.lastIndexOf("2Pack_");
        int dpos = p.lastIndexOf('.');
        if (p.indexOf('_') != p.lastIndexOf('_')) {
            dpos = p.lastIndexOf('_');
        }
        return p.substring(upos + "2Pack_".length(), dpos);
    }
}
