package org.catura.webui.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.catura.webui.api.Role;
import org.catura.webui.api.extension.WebExtension;
import org.catura.webui.api.extension.WebRoute;
import org.junit.jupiter.api.Test;

class WebExtensionsTest {

    @Test
    void anExtensionAnswersOnlyUnderItsOwnNamespaceWhateverItsPatternWouldMatch() {
        WebExtensions extensions = new WebExtensions(Set.of("queue"), () -> { });
        extensions.add(extension("ship", "/ship/label"));
        // A pattern that would also match another extension's paths and a longer namespace.
        extensions.add(extension("stock", "/stock/x|/ship/(.*)|/shipping/.*"));

        assertEquals(1, extensions.routes("/stock/x").size());
        assertEquals(List.of("/ship/label"), extensions.routes("/ship/label").stream()
                .map(r -> r.pattern().pattern()).toList(), "only ship's own routes for its paths");
        assertEquals(List.of(), extensions.routes("/shipping/1"));
        assertEquals(List.of(), extensions.routes("/queue"));
        assertEquals(List.of(), extensions.routes("/"));
    }

    private static WebExtension extension(String namespace, String path) {
        return new WebExtension() {
            @Override
            public String namespace() {
                return namespace;
            }

            @Override
            public List<WebRoute> routes() {
                return List.of(WebRoute.get(path, Role.CLERK, request -> { }));
            }
        };
    }
}
