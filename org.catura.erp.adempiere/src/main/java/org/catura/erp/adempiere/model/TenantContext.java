package org.catura.erp.adempiere.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.catura.core.api.db.Tx;
import org.compiere.util.Env;

/**
 * Runs each port call with the context of its transaction's tenant ({@link Tx#clientId()}) in
 * Env.getCtx(), and puts the caller's back afterwards. Much of the ERP's own code (model
 * validators, callouts, Msg, document numbering, MSysConfig) reads Env.getCtx() rather than the
 * ctx a model object was given; on a scheduler or web thread that context is someone else's or
 * empty. The port part itself is made for the call, from that tenant's settings.
 */
final class TenantContext {

    private final TenantSettings tenants;
    private final Supplier<Properties> current;
    private final Consumer<Properties> replace;

    TenantContext(TenantSettings tenants) {
        this(tenants, Env::getCtx, Env::setCtx);
    }

    /** @param replace replaces the contents of the current context, as Env.setCtx does */
    TenantContext(TenantSettings tenants, Supplier<Properties> current, Consumer<Properties> replace) {
        this.tenants = tenants;
        this.current = current;
        this.replace = replace;
    }

    /** The port part {@code part} makes from a tenant's settings, as {@code port}, each call in the tenant's context. */
    <T> T around(Class<T> port, Function<ErpSettings, ? extends T> part) {
        T configured = part.apply(tenants.configured());
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> method.getDeclaringClass() == Object.class
                        ? method.invoke(configured, args)
                        : call(part, method, args)));
    }

    private Object call(Function<ErpSettings, ?> part, Method method, Object[] args) throws Throwable {
        Tx tx = txOf(args);
        // Without a transaction the call is refused by the part (Session.of); no tenant to read for.
        ErpSettings settings = tx == null ? tenants.configured() : tenants.of(tx.clientId());
        Object target = part.apply(settings);
        Properties before = new Properties();
        before.putAll(current.get());
        replace.accept(settings.context().toProperties());
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            replace.accept(before);
        }
    }

    private static Tx txOf(Object[] args) {
        if (args != null) {
            for (Object arg : args) {
                if (arg instanceof Tx tx) {
                    return tx;
                }
            }
        }
        return null;
    }
}
