package org.catura.webui.internal.web;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.TemplateLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.catura.webui.api.extension.NavigationEntry;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRoute;

/**
 * The extensions there are now, each read once when it arrives: its routes compiled, its
 * navigation entries, a template loader for its namespace. Requests read an immutable snapshot,
 * so an extension coming or going never shows half.
 */
public final class WebExtensions {

    private static final Pattern NAMESPACE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Set<String> reserved;
    private final Runnable changed;
    private volatile List<Added> added = List.of();

    /**
     * @param reserved the first path segments the built-in pages use
     * @param changed  told after every change (the templates forget what they cached)
     */
    public WebExtensions(Set<String> reserved, Runnable changed) {
        this.reserved = Set.copyOf(reserved);
        this.changed = changed;
    }

    private record Added(WebExtension extension, String namespace, List<Route> routes,
            List<NavigationEntry> navigation, TemplateLoader templates) {
    }

    /** @throws ExtensionRefusedException when its namespace is taken or malformed, or a route lies outside it */
    public synchronized void add(WebExtension extension) {
        String ns = extension.namespace();
        String name = extension.getClass().getName();
        if (ns == null || !NAMESPACE.matcher(ns).matches()) {
            throw new ExtensionRefusedException("Web extension " + name + " has the namespace '" + ns
                    + "'; use lower-case letters, digits and dashes, starting with a letter");
        }
        if (reserved.contains(ns)) {
            throw new ExtensionRefusedException("Web extension " + name + " wants the namespace '" + ns
                    + "', which the web UI's own pages use; choose another");
        }
        for (Added a : added) {
            if (a.namespace().equals(ns)) {
                throw new ExtensionRefusedException("Web extension " + name + " wants the namespace '" + ns
                        + "', which " + a.extension().getClass().getName() + " has already; choose another");
            }
        }
        List<Route> routes = new ArrayList<>();
        for (WebRoute r : extension.routes()) {
            routes.add(compile(name, ns, r));
        }
        TemplateLoader templates = new ClassTemplateLoader(extension.templateLoader(),
                extension.templateFolder());
        List<Added> next = new ArrayList<>(added);
        next.add(new Added(extension, ns, List.copyOf(routes), List.copyOf(extension.navigation()), templates));
        added = List.copyOf(next);
        changed.run();
    }

    /** Forgets the extension; its pages answer 404 from now on. */
    public synchronized void remove(WebExtension extension) {
        List<Added> next = new ArrayList<>(added);
        if (next.removeIf(a -> a.extension() == extension)) {
            added = List.copyOf(next);
            changed.run();
        }
    }

    /**
     * The routes of the extension whose namespace is the first segment of {@code path}: an
     * extension answers only under its own namespace, whatever its patterns would match.
     */
    public List<Route> routes(String path) {
        String rest = path.startsWith("/") ? path.substring(1) : path;
        int slash = rest.indexOf('/');
        String first = slash < 0 ? rest : rest.substring(0, slash);
        for (Added a : added) {
            if (a.namespace().equals(first)) {
                return a.routes();
            }
        }
        return List.of();
    }

    /** The extensions' entries merged into {@code builtIn}, by order. */
    public List<NavigationEntry> navigation(List<NavigationEntry> builtIn) {
        List<NavigationEntry> all = new ArrayList<>(builtIn);
        added.forEach(a -> all.addAll(a.navigation()));
        all.sort(Comparator.comparingInt(NavigationEntry::order));
        return all;
    }

    /** The loader of the templates named {@code namespace/…}. */
    Optional<TemplateLoader> templates(String namespace) {
        return added.stream().filter(a -> a.namespace().equals(namespace)).map(Added::templates).findFirst();
    }

    private static Route compile(String name, String ns, WebRoute r) {
        String path = r.path();
        if (!path.equals("/" + ns) && !path.startsWith("/" + ns + "/")) {
            throw new ExtensionRefusedException("Web extension " + name + " has the route " + r.method() + " "
                    + path + " outside its namespace; its paths must be /" + ns + " or start with /" + ns + "/");
        }
        try {
            return new Route(r.method(), Pattern.compile(path), r.role(), ex -> r.handler().handle(ex), r.isPublic());
        } catch (PatternSyntaxException e) {
            throw new ExtensionRefusedException("Web extension " + name + " has the route " + r.method() + " "
                    + path + ", which is no valid pattern: " + e.getDescription());
        }
    }
}
