package org.catura.erp.adempiere.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.catura.erp.adempiere.mapping.ErpContext;
import org.compiere.util.Env;

/**
 * Runs each port call with the tenant's context in Env.getCtx(), and puts the caller's back
 * afterwards. Much of the ERP's own code (model validators, callouts, Msg, document numbering,
 * MSysConfig) reads Env.getCtx() rather than the ctx a model object was given; on a scheduler or
 * web thread that context is someone else's or empty.
 */
final class TenantContext {

    private final ErpContext context;
    private final Supplier<Properties> current;
    private final Consumer<Properties> replace;

    TenantContext(ErpContext context) {
        this(context, Env::getCtx, Env::setCtx);
    }

    /** @param replace replaces the contents of the current context, as Env.setCtx does */
    TenantContext(ErpContext context, Supplier<Properties> current, Consumer<Properties> replace) {
        this.context = context;
        this.current = current;
        this.replace = replace;
    }

    /** The port part {@code target} as {@code port}, each call in the tenant's context. */
    <T> T around(Class<T> port, T target) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? method.invoke(target, args)
                        : call(target, method, args)));
    }

    private Object call(Object target, Method method, Object[] args) throws Throwable {
        Properties before = new Properties();
        before.putAll(current.get());
        replace.accept(context.toProperties());
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            replace.accept(before);
        }
    }
}
