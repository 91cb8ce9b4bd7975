package org.catura.p2site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The built p2 site (target/repository) holds what the p2 director needs to install the feature
 * into an iDempiere server and start it: it plans the whole site at once, so one requirement that
 * neither the site nor iDempiere meets aborts the install, and a bundle without start instructions
 * is installed but its components never run.
 */
class SiteInstallsIntoIdempiereIT {

    private static final String SET_START_LEVEL = "org.eclipse.equinox.p2.touchpoint.eclipse.setStartLevel(startLevel:4);";
    private static final String MARK_STARTED = "org.eclipse.equinox.p2.touchpoint.eclipse.markStarted(started:true);";

    private final P2Site site = new P2Site(Path.of(System.getProperty("p2.repository", "target/repository")));

    @Test
    void everyBundleWithComponentsIsStartedAtLevelFourAfterInstall() {
        Map<String, Manifest> bundles = site.bundleManifests();
        Set<String> withComponents = bundles.entrySet().stream()
                .filter(b -> b.getValue().getMainAttributes().getValue("Service-Component") != null)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        assertFalse(withComponents.isEmpty(), "no bundle with Service-Component on the site: " + bundles.keySet());

        Set<String> notStarted = new TreeSet<>(withComponents);
        for (P2Site.Unit unit : site.units()) {
            String configure = unit.configure().orElse("");
            if (configure.contains(SET_START_LEVEL) && configure.contains(MARK_STARTED)) {
                notStarted.remove(unit.id());
            }
        }
        assertEquals(Set.of(), notStarted, "bundles with DS components whose IU has no setStartLevel(startLevel:4)"
                + " and markStarted(started:true) (add them in src/main/resources/META-INF/p2.inf)");
    }

    @Test
    void everyMandatoryRequirementIsMetByTheSiteOrByIdempiere() {
        List<P2Site.Unit> units = site.units();
        List<Capability> available = new ArrayList<>(IdempierePlatform.capabilities());
        units.forEach(u -> available.addAll(u.provides()));

        Set<String> unmet = new TreeSet<>();
        for (P2Site.Unit unit : units) {
            for (Requirement requirement : unit.requires()) {
                if (available.stream().noneMatch(requirement::isMetBy)) {
                    unmet.add(requirement.toString());
                }
            }
        }
        assertEquals(Set.of(), unmet, "mandatory requirements of the site's IUs that neither"
                + " the site nor iDempiere (src/test/resources/idempiere-provides.txt) meets; the p2 director"
                + " would refuse the whole install");
    }

    @Test
    void theSiteOffersTheFeatureGroupAMerchantInstalls() {
        assertEquals(1, site.units().stream().filter(u -> u.id().equals("org.catura.feature.feature.group")).count(),
                "the site must hold the IU org.catura.feature.feature.group");
    }
}
