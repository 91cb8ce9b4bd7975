package org.catura.webui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The wiring as Declarative Services will do it, read from the component descriptions bnd wrote:
 * one WebApp for both servlets, the channel list held in one place, the extensions dynamic.
 */
class OneWebAppTest {

    private static final String OSGI = "org.catura.webui.internal.osgi.";

    @Test
    void bothServletsUseTheOneWebAppComponentAndNothingElse() throws Exception {
        for (String servlet : List.of("PagesComponent", "ApiComponent")) {
            assertEquals(List.of(OSGI + "WebAppComponent"), references(servlet).stream().map(r -> r.get("interface"))
                    .toList(), servlet);
        }
    }

    @Test
    void onlyLiveChannelsHoldsTheChannelSettingsAndBothOfItsReadersReferenceIt() throws Exception {
        Map<String, List<String>> holders = new TreeMap<>();
        for (String component : List.of("WebAppComponent", "PagesComponent", "ApiComponent", "ChannelPagesComponent",
                "LiveChannels", "UsersComponent", "WebUiSchemaComponent", "StaticComponent")) {
            for (Map<String, String> r : references(component)) {
                holders.computeIfAbsent(r.get("interface"), k -> new ArrayList<>()).add(component);
            }
        }
        assertEquals(List.of("LiveChannels"), holders.get("org.catura.core.api.channel.ChannelSettings"));
        assertEquals(List.of("WebAppComponent", "ChannelPagesComponent"), holders.get(OSGI + "LiveChannels"));
        Map<String, String> channels = references("LiveChannels").get(0);
        assertEquals("0..n", channels.get("cardinality"));
        assertEquals("dynamic", channels.get("policy"));
    }

    @Test
    void extensionsComeAndGoWhileTheWebAppStays() throws Exception {
        Map<String, String> extensions = references("WebAppComponent").stream()
                .filter(r -> r.get("interface").equals("org.catura.webui.api.extension.WebExtension")).findFirst()
                .orElseThrow();
        assertEquals("0..n", extensions.get("cardinality"));
        assertEquals("dynamic", extensions.get("policy"));
        assertEquals("removeExtension", extensions.get("unbind"));
    }

    private static List<Map<String, String>> references(String component) throws Exception {
        String name = "OSGI-INF/" + OSGI + component + ".xml";
        try (InputStream in = OneWebAppTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name + " is missing: bnd writes it when it processes the classes");
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("reference");
            List<Map<String, String>> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                Map<String, String> attributes = new TreeMap<>();
                for (int a = 0; a < e.getAttributes().getLength(); a++) {
                    attributes.put(e.getAttributes().item(a).getNodeName(), e.getAttributes().item(a).getNodeValue());
                }
                out.add(attributes);
            }
            return out;
        }
    }
}
