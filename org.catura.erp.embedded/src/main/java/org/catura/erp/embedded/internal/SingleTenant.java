package org.catura.erp.embedded.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import org.catura.core.api.db.Tx;
import org.catura.core.api.erp.Erp;
import org.catura.core.api.erp.ErpException;

/**
 * The embedded ERP has one client, the standalone runtime's tenant ({@link Tx#STANDALONE_CLIENT_ID}):
 * its tables carry no tenant, so a call for another tenant is refused rather than written into
 * this one's books.
 */
final class SingleTenant {

    static final int CLIENT_ID = Tx.STANDALONE_CLIENT_ID;

    private SingleTenant() {
    }

    /** {@code erp} whose every part refuses a transaction of another tenant. */
    static Erp guard(Erp erp) {
        return (Erp) Proxy.newProxyInstance(Erp.class.getClassLoader(), new Class<?>[] {Erp.class},
                (proxy, method, args) -> {
                    Object part = invoke(erp, method, args);
                    Class<?> type = method.getReturnType();
                    return method.getDeclaringClass() == Object.class || part == null || !type.isInterface()
                            ? part
                            : Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                                    (p, m, a) -> call(part, m, a));
                });
    }

    private static Object call(Object part, Method method, Object[] args) throws Throwable {
        if (args != null && method.getDeclaringClass() != Object.class) {
            for (Object arg : args) {
                if (arg instanceof Tx tx && tx.clientId() != CLIENT_ID) {
                    throw new ErpException("The embedded ERP has only tenant " + CLIENT_ID + " and refuses "
                            + method.getDeclaringClass().getSimpleName() + "." + method.getName() + " for tenant "
                            + tx.clientId() + ": give the channel tenant " + CLIENT_ID
                            + " or run Catura inside iDempiere, which has every tenant");
                }
            }
        }
        return invoke(part, method, args);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
