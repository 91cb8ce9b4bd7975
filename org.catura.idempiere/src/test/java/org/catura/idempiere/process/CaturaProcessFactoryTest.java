package org.catura.idempiere.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.compiere.process.ProcessCall;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

class CaturaProcessFactoryTest {

    private final CaturaProcessFactory factory = new CaturaProcessFactory(null, null, null, null);

    @Test
    void everyProcessOfThe2PackIsMadeByTheFactoryAsTheClassItNames() throws Exception {
        List<String> classNames = classNamesOfThe2Pack();
        assertEquals(5, classNames.size(), classNames.toString());
        for (String className : classNames) {
            ProcessCall process = factory.newProcessInstance(className);
            assertEquals(className, process == null ? null : process.getClass().getName());
        }
    }

    @Test
    void aClassThatIsNoCaturaProcessIsLeftToTheOtherFactories() {
        assertNull(factory.newProcessInstance("org.compiere.process.CacheReset"));
    }

    private static List<String> classNamesOfThe2Pack() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(Path.of("src/main/2pack/org.catura.idempiere_1.0.0/dict/PackOut.xml"))) {
            NodeList names = f.newDocumentBuilder().parse(in).getElementsByTagName("Classname");
            for (int i = 0; i < names.getLength(); i++) {
                out.add(names.item(i).getTextContent().strip());
            }
        }
        return out;
    }
}
