package org.catura.core.internal.release;

import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.apache.commons.jexl3.introspection.JexlSandbox;

/**
 * The JEXL engine rules run in. A rule is one expression over the facts: it may read them and
 * call the read methods listed here on text, numbers, yes/no values, collections and maps, and
 * nothing else. The grammar has no {@code new}, loops, functions, assignments, pragmas or
 * annotations, so a rule cannot reach the host (files, processes, reflection) nor change a fact.
 * Keep this list in step with the release-rules section of the core README.
 */
final class RuleSandbox {

    static final String[] TEXT = {"length", "isEmpty", "isBlank", "charAt", "substring", "startsWith", "endsWith",
        "contains", "indexOf", "lastIndexOf", "toUpperCase", "toLowerCase", "trim", "strip", "equals",
        "equalsIgnoreCase", "compareTo", "compareToIgnoreCase", "toString"};
    static final String[] NUMBER = {"intValue", "longValue", "doubleValue", "compareTo", "equals", "abs",
        "negate", "signum", "min", "max", "toString"};
    static final String[] YES_NO = {"booleanValue", "equals", "toString"};
    static final String[] COLLECTION = {"size", "isEmpty", "contains", "containsAll", "get", "indexOf",
        "first", "last", "equals"};
    static final String[] MAP = {"size", "isEmpty", "get", "getOrDefault", "containsKey", "containsValue",
        "keySet", "values", "equals"};

    private RuleSandbox() {
    }

    static JexlEngine engine() {
        return new JexlBuilder().permissions(JexlPermissions.RESTRICTED).sandbox(allowList()).features(grammar())
                .arithmetic(new RuleArithmetic()).strict(true).silent(false).safe(false).cancellable(true)
                .cache(256).create();
    }

    /** Nothing is allowed but what is named; permissions given to an interface hold for its classes. */
    private static JexlSandbox allowList() {
        JexlSandbox sandbox = new JexlSandbox(false, true);
        only(sandbox, String.class, TEXT);
        for (Class<?> number : new Class<?>[] {Number.class, java.math.BigDecimal.class,
            java.math.BigInteger.class, Integer.class, Long.class, Double.class, Short.class, Byte.class,
            Float.class}) {
            only(sandbox, number, NUMBER);
        }
        only(sandbox, Boolean.class, YES_NO);
        // JexlSandbox looks at a class, its own interfaces and its superclasses, not at the
        // interfaces those extend: each collection type the facts hold is named.
        for (Class<?> collection : new Class<?>[] {java.util.Collection.class, java.util.List.class,
            java.util.Set.class, java.util.SortedSet.class, java.util.NavigableSet.class,
            java.util.AbstractCollection.class, java.util.AbstractList.class, java.util.AbstractSet.class}) {
            only(sandbox, collection, COLLECTION);
        }
        // Map keys are data, not members: every key may be read (m.key, m['key']), nothing written.
        for (Class<?> map : new Class<?>[] {java.util.Map.class, java.util.SortedMap.class,
            java.util.NavigableMap.class, java.util.AbstractMap.class}) {
            sandbox.permissions(map.getName(), true, false, true).execute(MAP);
        }
        return sandbox;
    }

    /**
     * No property read or written (a getter such as getBytes or getClass is a call too), only the
     * named methods called. In JexlSandbox's terms: a flag true starts a list that allows
     * everything until names are added, and then only those; false blocks everything.
     */
    private static void only(JexlSandbox sandbox, Class<?> type, String... methods) {
        sandbox.permissions(type.getName(), false, false, true).execute(methods);
    }

    /** The grammar of one side-effect-free expression. */
    private static JexlFeatures grammar() {
        return new JexlFeatures().newInstance(false).loops(false).lambda(false).thinArrow(false).fatArrow(false)
                .sideEffect(false).sideEffectGlobal(false).localVar(false).pragma(false).pragmaAnywhere(false)
                .namespacePragma(false).importPragma(false).annotation(false).script(false).register(false)
                .namespaceTest(JexlFeatures.TEST_STR_FALSE);
    }
}
