package org.catura.launch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Dictionary;
import java.util.Hashtable;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The configuration the ERP adapter's README asks an operator to set (PID
 * org.catura.erp.adempiere, at least clientId): here GardenWorld's tenant and organisation,
 * put into ConfigAdmin before the plugins start, as it is on a configured server. Without it the
 * ERP port refuses to activate (clientId 0 is no tenant). The ConfigAdmin API is in the
 * framework, not on the test's class path: called through its interfaces.
 */
final class ErpPortConfiguration {

    static final String PID = "org.catura.erp.adempiere";
    static final int GARDEN_WORLD = 11;

    private ErpPortConfiguration() {
    }

    static void set(BundleContext context) {
        ServiceReference<?> reference = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (reference == null) {
            throw new IllegalStateException("No ConfigurationAdmin: org.eclipse.equinox.cm is not active");
        }
        Object admin = context.getService(reference);
        Object configuration = call(admin, "org.osgi.service.cm.ConfigurationAdmin", "getConfiguration",
                new Class<?>[] {String.class, String.class}, PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("clientId", GARDEN_WORLD);
        properties.put("orgId", GARDEN_WORLD);
        call(configuration, "org.osgi.service.cm.Configuration", "update", new Class<?>[] {Dictionary.class},
                properties);
        System.out.println("[launch] configuration " + PID + " set through ConfigAdmin: " + properties);
    }

    private static Object call(Object target, String api, String name, Class<?>[] types, Object... arguments) {
        try {
            Method method = publicInterface(target.getClass(), api).getMethod(name, types);
            return method.invoke(target, arguments);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(api + "." + name + " failed: " + e, e);
        }
    }

    private static Class<?> publicInterface(Class<?> type, String name) {
        for (Class<?> each = type; each != null; each = each.getSuperclass()) {
            for (Class<?> candidate : each.getInterfaces()) {
                if (candidate.getName().equals(name)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException(type + " does not implement " + name);
    }
}
